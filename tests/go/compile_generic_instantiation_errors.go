package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Double[T Number](x T) T { return x * 2 }

type Box[T any] struct{ v T }

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Double("two"))
	var b Box
	fmt.Println(b, Zero())
	fmt.Println(Double[int, int](3))
}
