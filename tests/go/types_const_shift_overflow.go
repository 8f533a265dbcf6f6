package main

import "fmt"

func main() {
	a := int64(1) << 64
	b := uint8(1) << 8
	const c = 1 << 63
	var d int = c
	e := int32(1) << 31
	fmt.Println(a, b, d, e)
}
