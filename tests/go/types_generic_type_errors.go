package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var s Stack
	t := Stack[int]{}
	t.Push("x")
	p := Pair[[]int, int]{}
	q := Pair[string]{}
	var u Stack[int, int]
	fmt.Println(s, t, p, q, u)
}
