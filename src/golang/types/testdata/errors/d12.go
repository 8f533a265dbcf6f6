package main

import "fmt"

func main() {
	s := []string{"a"}
	fmt.Println(s + "b")
	var x uint = -1
	var y int8 = 128
	const big = 1 << 64
	var z uint64 = big
	fmt.Println(x, y, z, -big)
}
