package main

import "fmt"

func main() {
	x := 1
	x := 2
	var y int
	var y string
	fmt.Println(x, y)
}
