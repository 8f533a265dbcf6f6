// Generic type sets (~int|~float64), a generic Set map type, Result[T], a generic list, type switch on any(v).
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Meters int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

func Sorted[T interface {
	comparable
	~string | ~int
}](s Set[T]) []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

type List[T any] struct {
	head *node[T]
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head} }
func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.v)
	}
}

func describe[T any](v T) string {
	switch x := any(v).(type) {
	case int, Meters:
		return fmt.Sprintf("integer-ish %v", x)
	case string:
		return "string " + strings.ToUpper(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[Meters](100, 250), Sum[int64]())
	a := NewSet("go", "rust", "zig")
	b := NewSet("go", "c")
	u := a.Union(b)
	fmt.Println(Sorted(u), u.Has("c"), a.Has("c"), len(u))
	fmt.Println(Sorted(NewSet(3, 1, 2, 3)))
	r1 := Try(func() (int, error) { return 42, nil })
	r2 := Try(func() (string, error) { return "", errors.New("nope") })
	fmt.Println(r1.OrElse(0), r2.OrElse("default"), r2)
	fmt.Printf("%+v %T\n", r1, r2)
	var l List[[2]string]
	l.Push([2]string{"a", "b"})
	l.Push([2]string{"c", "d"})
	l.Each(func(p [2]string) { fmt.Print(p[1], p[0], " ") })
	fmt.Println()
	fmt.Println(describe(3), describe(Meters(4)), describe("hi"), describe(3.5), describe(errors.New("e")))
}
