package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Meters int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T ~int | ~float64](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	val  T
	next *elem[T]
}

func (l *List[T]) Push(v T) {
	l.head = &elem[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for e := l.head; e != nil; e = e.next {
		f(i, e.val)
		i++
	}
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	var vals []T
	l.Each(func(_ int, v T) { vals = append(vals, v) })
	for i := len(vals) - 1; i >= 0; i-- {
		out.Push(f(vals[i]))
	}
	return out
}

type Stringish interface {
	~string
	Len() int
}

type Name string

func (n Name) Len() int { return len(n) }

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if x.Len() > best.Len() {
			best = x
		}
	}
	return best
}

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[int8](100, 27), Sum[int8](100, 28))
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("%.2f %v %T\n", Average(temps), Sum(temps...), Sum(temps...))
	fmt.Println(Sum(Meters(3), Meters(4)), Average([]int{}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp(Meters(5), 1, 9))

	var l List[string]
	for _, w := range strings.Fields("one two three") {
		l.Push(w)
	}
	lens := MapList(&l, func(s string) int { return len(s) })
	l.Each(func(i int, s string) { fmt.Print(i, ":", s, " ") })
	fmt.Println()
	lens.Each(func(i int, n int) { fmt.Print(i, ":", n, " ") })
	fmt.Println(lens.size)

	fmt.Println(Longest([]Name{"al", "beatrice", "cy"}))
	type Index map[string][]int
	fmt.Println(Keys(Index{"a": nil, "b": {1}}))
	fmt.Printf("%T %T\n", &l, lens)
}
