package main

import (
	"fmt"
	"sort"
	"strings"
)

// Generic type aliases (Go 1.24): shorthand names for instantiable types.

type Set[T comparable] = map[T]struct{}

type Pred[T any] = func(T) bool

type Entry[K comparable, V any] = struct {
	Key K
	Val V
}

type Grid[T int | float64] = [][]T

func Add[T comparable](s Set[T], vs ...T) Set[T] {
	if s == nil {
		s = Set[T]{}
	}
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func Sorted(s Set[string]) []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func Where[T any](xs []T, p Pred[T]) []T {
	var out []T
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Entry[K, V] {
	var out []Entry[K, V]
	for k, v := range m {
		out = append(out, Entry[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func Sum[T int | float64](g Grid[T]) (s T) {
	for _, row := range g {
		for _, v := range row {
			s += v
		}
	}
	return
}

func main() {
	tags := Add(nil, "go", "wasm", "go", "rust")
	fmt.Println(len(tags), Sorted(tags))
	var plain map[string]struct{} = tags
	_, ok := plain["wasm"]
	fmt.Println("same type as the map:", ok)

	long := Where(strings.Fields("a bb ccc dddd"), func(s string) bool { return len(s) > 1 })
	fmt.Println(long)
	var odd Pred[int] = func(n int) bool { return n%2 == 1 }
	fmt.Println(Where([]int{1, 2, 3, 5, 8}, odd))

	for _, e := range Entries(map[string]int{"b": 2, "a": 1, "c": 3}, func(a, b string) bool { return a < b }) {
		fmt.Printf("%s=%d ", e.Key, e.Val)
	}
	fmt.Println()
	fmt.Println(Sum(Grid[int]{{1, 2}, {3}}), Sum(Grid[float64]{{0.5}, {0.25, 0.25}}))
	fmt.Printf("%T %T %T\n", tags, odd, Entry[string, bool]{})
}
