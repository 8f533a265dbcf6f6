package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = "c"
)

var total int

func f() int {
	fmt.Println("f called, c =", c)
	return 10
}

func init() {
	fmt.Println("init 1: a =", a, "b =", b)
	total += a
}

func init() {
	fmt.Println("init 2")
	total *= 2
}

func main() {
	fmt.Println("main: total =", total)
}
