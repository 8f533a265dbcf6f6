package main

import "fmt"

type Number interface {
	~int | ~int64 | float64
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

type Stringer interface {
	String() string
	fmt.Stringer
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }), Sum(1, 2, 3))
	var s Stack[int]
	s.Push(1)
	var c chan<- int
	var r <-chan int
	var arr [3]int
	arr2 := [...]string{"a", "b"}
	fmt.Println(c, r, arr, arr2, s)
}
