package main

import "fmt"

const (
	A = iota
	B = "x"
	C
	D = iota + 10
)

func main() {
	var x uint32 = D
	var y string = A
	fmt.Println(x, y, C, -"a", +true, ^1.5)
	const m = 1 << 62
	var z int = m * 4
	fmt.Println(z)
}
