package main

import "fmt"

type T struct{ a []int }

func main() {
	x, y := T{}, T{}
	fmt.Println(x == y)
	m := map[[]int]bool{}
	fmt.Println(m, !5, -"s")
}
