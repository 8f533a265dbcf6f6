package main

import "fmt"

const (
	A = iota
	B
)

func main() {
	A = 3
	iota := 5
	fmt.Println(A, B, iota)
	var x int = nil
	y := nil
	fmt.Println(x, y)
}
