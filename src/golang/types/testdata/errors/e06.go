package main

import "fmt"

func f(xs ...int) {}

func main() {
	s := []string{"a"}
	f(s...)
	f(1, []int{2}...)
	fmt.Println(append([]int{}, s...))
	g := func(a int, b ...string) {}
	g()
	g(1, 2)
}
