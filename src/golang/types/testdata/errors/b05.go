package main

import "fmt"

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	fmt.Println(Sum([]string{"a"}))
	fmt.Println(Keys(map[[]int]int{}))
	var n Number
	fmt.Println(n)
}
