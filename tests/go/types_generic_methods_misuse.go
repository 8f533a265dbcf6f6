package main

import "fmt"

type Number interface{ ~int | ~float64 }

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T)       { l.items = append(l.items, v) }
func (l List[T]) Map(f func(T) T) {}

func Sum[T Number](xs []T) (s T) {
	for _, x := range xs {
		s += x
	}
	return s
}

func Conv[T, U Number](x T) U { return U(x) }

func main() {
	var l List[int]
	l.Push(1.5)
	l.Map(func(s string) string { return s })
	fmt.Println(Sum([]uint{1}))
	fmt.Println(Conv(1))
	fmt.Println(Conv[int, string](1))
	var n Number = 3
	x := Sum
	fmt.Println(l, n, x)
	var t T
	fmt.Println(t)
}
