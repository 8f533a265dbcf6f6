package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func Join[T Stringer](xs []T) string { return "" }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	fmt.Println(Join([]ID{1}))
	fmt.Println(Max(1, 2.5))
	fmt.Println(Max[string]("a", "b"))
	fmt.Println(Keys[[]int, int](nil))
	var x ID = 1
	fmt.Println(Max(x, x))
}
