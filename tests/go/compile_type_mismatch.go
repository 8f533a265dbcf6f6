package main

import "fmt"

func main() {
	var s string = 5
	var n int = "five"
	x := 1
	y := 2.5
	fmt.Println(x + y, s, n)
}
