package main

import "fmt"

func apply[T any](xs []T, f func(T) T) []T {
	for i := range xs {
		xs[i] = f(xs[i])
	}
	return xs
}

func main() {
	fmt.Println(apply([]int{1}, func(s string) string { return s }))
	fmt.Println(apply[int, int]([]int{1}, nil))
}
