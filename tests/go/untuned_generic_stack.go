// Generic Stack[T], Map/Filter/Reduce, cmp.Ordered max and a generic Pair with String().
package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=>%v", p.Key, p.Val) }

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("go is fun to learn") {
		s.Push(w)
	}
	fmt.Println("len", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) float64 { return float64(n*n) / 3 })
	fmt.Println(evens, squares)
	fmt.Printf("%.2f %T\n", Reduce(squares, 0.0, func(a, b float64) float64 { return a + b }), squares)
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf(2.5, -1.0))
	ps := Map(nums[:3], func(n int) Pair[string, int] { return Pair[string, int]{strings.Repeat("x", n), n} })
	fmt.Println(ps)
	fmt.Printf("%v %+v %T\n", ps[0], ps[1], ps[2])
	var is Stack[[]int]
	is.Push([]int{1})
	is.Push(nil)
	v, ok := is.Pop()
	fmt.Println(v == nil, ok, is)
}
