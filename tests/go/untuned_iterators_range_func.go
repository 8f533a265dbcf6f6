// Range over int and over func iterators: Fib, Take, a tree walk, maps.Keys, SplitSeq, iter.Pull.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(xs) - 1; i >= 0; i-- {
			if !yield(i, xs[i]) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) All(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.All(yield) && yield(t.Val) && t.Right.All(yield)
}

func (t *Tree) Walk() iter.Seq[int] {
	return func(yield func(int) bool) { t.All(yield) }
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Fib(), 10)))
	for v := range Fib() {
		if v > 100 {
			fmt.Println("first fib over 100:", v)
			break
		}
	}
	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 0 {
			continue
		}
		fmt.Print(i, "=", s, " ")
	}
	fmt.Println()
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = insert(root, v)
	}
	for v := range root.Walk() {
		if v > 60 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, slices.Collect(Take(slices.Values(keys), 2)))
	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range m {
			if !yield(strings.ToUpper(k), v*v) {
				return
			}
		}
	})
	fmt.Println(upper)
	for w := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", w)
	}
	fmt.Println()
	next, stop := iter.Pull(Fib())
	defer stop()
	for range 5 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
}
