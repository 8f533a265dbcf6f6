package main

import (
	"fmt"
	"strconv"
)

func double(x int) int { return x * 2 }

func apply(f func(string) int) int { return f("1") }

type Op func(a, b int) int

func main() {
	h := double
	fmt.Println(apply(h))
	conv := strconv.Itoa
	var n int = conv
	add := func(a, b int) int { return a + b }
	var op Op = add
	var s string = op
	pair := []func(x int) int{double}
	var t int = pair
	fmt.Println(n, s, t, h == nil)
}
