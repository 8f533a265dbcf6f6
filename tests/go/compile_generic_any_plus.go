package main

import "fmt"

func Sum[T any](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Max[T comparable](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Max(1, 2))
}
