package main

import "fmt"

func main() {
	n := uint(3)
	x := 1 << n
	var y int64 = 1 << n
	var f float64 = 1 << n
	fmt.Println(x, y, f, 1<<n, 1<<n == 8, make([]int, 1<<n), uint8(1)<<n)
	var g = 1.0 << n
	var h float32 = 2.5 << n
	fmt.Println(g, h)
}
