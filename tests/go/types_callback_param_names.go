package main

import "fmt"

func apply(f func(s string) int) int { return f("1") }

func each(xs []int, visit func(i, v int)) {}

func main() {
	fmt.Println(apply(func(n int) int { return n }))
	each(nil, func(v int) {})
	var cb func(x int) bool
	var s string = cb
	fmt.Println(s)
}
