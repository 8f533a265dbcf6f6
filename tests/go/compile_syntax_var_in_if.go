package main

import "fmt"

func main() {
	if var x = 1; x > 0 {
		fmt.Println(x)
	}
}
