package main

import "fmt"

func main() {
	var u uint = -1
	x := uint8(-5)
	const c uint = 1
	d := -c
	var big uint32 = 1 << 32
	fmt.Println(u, x, d, big)
}
