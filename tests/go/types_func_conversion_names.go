package main

import "fmt"

type Handler func(path string) int

func main() {
	f := (func(x int) int)(nil)
	var n int = f
	h := Handler(nil)
	var m int = h
	var g func(y string)
	g = func(a, b int) {}
	fmt.Println(n, m, g)
}
