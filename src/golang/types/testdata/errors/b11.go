package main

import "fmt"

func main() {
	var x int
	x = x
	y := 1
	y, z := 2, 3
	fmt.Println(z)
	var _ = 5
	_ = y
}
