package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s Stack) Len() int { return len(s.items) }

func (s *Stack) Len2() int { return len(s.items) }

func main() {
	Stack{}.Push(1)
	var s Stack
	s.Push("x")
	n := s.Len(1)
	s.Pop()
	fmt.Println(n, Stack.Len2)
}
