package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
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

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

type Tree struct {
	Left, Right *Tree
	Val         string
}

func (t *Tree) Walk() iter.Seq[string] {
	return func(yield func(string) bool) {
		t.walk(yield)
	}
}

func (t *Tree) walk(yield func(string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func main() {
	isPrime := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	primes := slices.Collect(Take(Filter(Count(1), isPrime), 10))
	fmt.Println(primes)

	for i, w := range Enumerate(strings.Fields("alpha beta gamma delta")) {
		if i == 3 {
			break
		}
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()

	t := &Tree{Val: "m", Left: &Tree{Val: "c", Left: &Tree{Val: "a"}}, Right: &Tree{Val: "x", Left: &Tree{Val: "p"}}}
	for v := range t.Walk() {
		fmt.Print(v)
		if v == "p" {
			break
		}
	}
	fmt.Println()

	ages := map[string]int{"zoe": 31, "al": 45, "bea": 28}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys, slices.Collect(Take(slices.Values(keys), 2)))
	vals := slices.Sorted(maps.Values(ages))
	fmt.Println(vals)
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Count(100))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	fmt.Println(maps.Collect(Enumerate([]string{"x", "y"})))
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
}
