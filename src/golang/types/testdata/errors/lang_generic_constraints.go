package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type Named struct{ N string }

func (n Named) String() string { return "<" + n.N + ">" }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

func Abs[T Integer](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface{ int | float64 }

func Scale[S ~[]E, E Number](s S, k E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

type Vec []float64

func main() {
	fmt.Println(JoinAll([]Named{{"a"}, {"b"}}, ","))
	fmt.Println(Abs(-5), Abs(int8(-128)), Abs[int64](3))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]float64{1.5}, 2))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	v := Scale(Vec{1, 2}, 1.5)
	fmt.Printf("%T %v\n", v, v)
	type pt struct{ x int }
	fmt.Println(Index([]pt{{1}, {2}}, pt{2}))
}
