package main

import (
	"fmt"
	"sort"
	"strings"
)

type Op func(int, int) int

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

func apply(op Op, a, b int) int { return op(a, b) }

func main() {
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 7, 3))
	}
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("shout"))
	chain := []func(string) string{strings.TrimSpace, strings.ToLower, func(s string) string { return s + "!" }}
	v := "  HeLLo "
	for _, f := range chain {
		v = f(v)
	}
	fmt.Println(v)
	var nilOp Op
	fmt.Println(nilOp == nil)
	fmt.Printf("%T\n", ops["add"])
}
