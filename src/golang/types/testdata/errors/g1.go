package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
)

func Count[V any](seq iter.Seq[V]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

type Number interface {
	~int | ~int32 | ~float64
}

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func main() {
	m := map[string]int{"b": 2, "a": 1}
	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(keys, Count(maps.Values(m)))
	n := Count(func(yield func(int) bool) {
		for i := 0; i < 3 && yield(i); i++ {
		}
	})
	s := Set[string]{}
	s.Add("x")
	v := Scale(Vec{1, 2}, 2)
	fmt.Println(n, s.Has("x"), v, slices.Index([]string{"a", "b"}, "b"), slices.Contains(keys, "a"))
	words := strings.Fields(" a b  c ")
	sort.Strings(words)
	idx := slices.IndexFunc(words, func(w string) bool { return w == "b" })
	fmt.Println(words, idx, slices.Max([]int{3, 1}))
	for i, w := range slices.All(words) {
		fmt.Println(i, w)
	}
}
