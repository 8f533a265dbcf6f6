package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

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

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	out := NewSet[T]()
	for v := range s {
		out.Add(v)
	}
	for v := range o {
		out.Add(v)
	}
	return out
}

func Sorted[T cmp.Ordered](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func main() {
	var s Stack[string]
	for _, w := range strings.Fields("to be or not") {
		s.Push(w)
	}
	for s.Len() > 0 {
		w, _ := s.Pop()
		fmt.Print(w, " ")
	}
	fmt.Println()
	_, ok := s.Pop()
	fmt.Println("empty pop ok:", ok)

	a := NewSet(3, 1, 4, 1, 5)
	b := NewSet(9, 2, 6, 5, 3)
	fmt.Println(Sorted(a), Sorted(b), Sorted(a.Union(b)), a.Has(4), b.Has(4))

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) float64 { return float64(n*n) / 2 })
	sum := Reduce(sq, 0.0, func(a, b float64) float64 { return a + b })
	fmt.Println(evens, sq, sum)
	words := Map(nums[:4], func(n int) string { return strings.Repeat("*", n) })
	fmt.Printf("%q\n", words)
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println(longest)

	pairs := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 3}}
	slices.SortFunc(pairs, func(x, y Pair[string, int]) int { return cmp.Compare(x.Key, y.Key) })
	fmt.Println(pairs)
	fmt.Printf("%v %+v %T\n", pairs[0], pairs[1], pairs[2])
}
