package main

import "fmt"

const (
	a uint = iota - 1
	b
)

const (
	c = 10 / iota
	d
)

type E int

const (
	e0 E = 1 << (iota * 40)
	e1
	e2
)

func main() {
	fmt.Println(a, b, c, d, e0, e1, e2)
}
