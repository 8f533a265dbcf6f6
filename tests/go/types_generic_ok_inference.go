package main

import "fmt"

type Number interface{ ~int | ~int64 | ~float64 }

type Miles float64

func Sum[T Number](xs ...T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func Pair[A, B any](a A, b B) string { return fmt.Sprintf("%T/%T", a, b) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2), Sum[Miles](1, 2.5))
	fmt.Printf("%T %T\n", Sum(1, 2), Sum(1, 2.0))
	fmt.Println(Pair(1, "a"), Pair('x', 2.0), Pair[int64](3, nil == nil))
	var m Miles = 3
	fmt.Printf("%v %T\n", Sum(m, 4), Sum(m, 4))
}
