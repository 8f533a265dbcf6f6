package main

import "fmt"

func main() {
	var b byte = 256
	var i8 int8 = -129
	const big = 1 << 64
	var u uint64 = big
	fmt.Println(b, i8, u)
}
