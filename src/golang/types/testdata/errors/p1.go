package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Print[T fmt.Stringer](x T) { fmt.Println(x.String()) }

func Eq[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(Sum([]string{"a"}))
	var b Box
	fmt.Println(b)
	Print(3)
	var n Number = 3
	x := Box[int]{v: "s"}
	fmt.Println(n, x, Eq(1, 2))
	fmt.Println(Sum[int, int]([]int{1}))
	var s T
}
