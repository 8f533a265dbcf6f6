package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func main() {
	Stack{}.Push(1)
	m := map[string]Stack{}
	m["a"].Push(2)
	fmt.Println(m)
}
