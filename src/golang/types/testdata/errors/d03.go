package main

import "fmt"

func f() (x int) {
	{
		x := 2
		return
	}
}

func main() { fmt.Println(f()) }
