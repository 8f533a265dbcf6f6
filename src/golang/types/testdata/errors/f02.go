package main

import "fmt"

func main() {
	x := 5
	var s string = string(x)
	const big = 1 << 200
	fmt.Println(s, big)
	var f float64 = 1 / 0.0
	fmt.Println(f, 10 % 3.0, "a" * 2)
}
