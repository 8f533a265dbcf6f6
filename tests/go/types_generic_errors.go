package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Sum[int]([]float64{1}))
	fmt.Println(Map([]int{1}, 5))
	var n Number
	fmt.Println(n)
}
