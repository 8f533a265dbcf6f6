package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func main() {
	var s Stack
	var t Stack[int, string]
	u := Stack[int]{}
	u.Push("a")
	fmt.Println(s, t, u)
}
