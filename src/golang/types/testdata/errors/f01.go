package main

import "fmt"

func main() {
	var a int8 = 1 << 7
	b := byte(256)
	const c int8 = 100
	d := c * 2
	e := int(3.5)
	var f uint = 1.0
	g := uint8(-1)
	h := 1 << 63
	var i int32 = 1e10
	fmt.Println(a, b, d, e, f, g, h, i)
}
