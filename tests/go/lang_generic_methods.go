package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Go 1.27 lets methods declare their own type parameters.

type Seq[T any] struct{ items []T }

func Of[T any](vs ...T) Seq[T] { return Seq[T]{vs} }

func (s Seq[T]) Map[U any](f func(T) U) Seq[U] {
	out := Seq[U]{make([]U, 0, len(s.items))}
	for _, v := range s.items {
		out.items = append(out.items, f(v))
	}
	return out
}

func (s Seq[T]) Fold[A any](init A, f func(A, T) A) A {
	acc := init
	for _, v := range s.items {
		acc = f(acc, v)
	}
	return acc
}

func (s Seq[T]) Filter(keep func(T) bool) Seq[T] {
	var out Seq[T]
	for _, v := range s.items {
		if keep(v) {
			out.items = append(out.items, v)
		}
	}
	return out
}

type Registry struct{ values map[string]any }

func (r *Registry) Lookup[T any](key string) (T, bool) {
	v, ok := r.values[key].(T)
	return v, ok
}

func main() {
	nums := Of(1, 2, 3, 4, 5, 6)
	strs := nums.Filter(func(n int) bool { return n%2 == 0 }).Map(strconv.Itoa)
	fmt.Println(strings.Join(strs.items, "+"))
	sum := nums.Fold(0.5, func(acc float64, n int) float64 { return acc + float64(n) })
	fmt.Println(sum)
	lengths := Of("go", "chan", "lab").Map(func(s string) int { return len(s) })
	fmt.Println(lengths.items, lengths.Fold("", func(a string, n int) string { return a + strconv.Itoa(n) }))

	r := &Registry{values: map[string]any{"port": 8080, "host": "localhost"}}
	port, ok := r.Lookup[int]("port")
	fmt.Println(port, ok)
	host, ok := r.Lookup[int]("host")
	fmt.Println(host, ok)
	name, _ := r.Lookup[string]("host")
	fmt.Println(name)
	toUpper := Of("a", "b").Map[string]
	fmt.Println(toUpper(strings.ToUpper).items)
}
