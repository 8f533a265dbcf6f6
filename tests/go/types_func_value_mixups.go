package main

import "fmt"

func double(x int) int { return x * 2 }

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	fmt.Println(apply(double(2), 3))
	var g func(int) string = double
	h := double
	h = func(s string) int { return len(s) }
	fmt.Println(g, h, double == nil)
	fmt.Println(apply(func(x int) { fmt.Println(x) }, 1))
}
