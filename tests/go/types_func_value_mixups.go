package main

import "fmt"

func double(x int) int { return x * 2 }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	fmt.Println(apply(double(2), 3))
	var g func(int) string = double
	fmt.Println(g, double == nil)
	var k func() = double
	fmt.Println(apply(func(x int) { fmt.Println(x) }, 1))
}
