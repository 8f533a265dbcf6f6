package main

import (
	. "fmt"
	. "strings"
)

func Convert[To, From any](x From, f func(From) To) To { return f(x) }

func Pair[A, B any](a A, b B) (A, B) { return a, b }

func main() {
	s := Convert[string](5, func(i int) string { return Sprint(i) })
	a, b := Pair[int](1, "x")
	Println(s, a, b, ToUpper("x"))
	f := Pair[int]
	_ = f
}
