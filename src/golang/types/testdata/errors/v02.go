package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func SumOf[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type MyInt int

type Pair[K comparable, V any] struct {
	K K
	V V
}

func MapKeys[M ~map[K]V, K comparable, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(SumOf[MyInt](1, 2), SumOf(1.5, 2.5), SumOf[int]())
	p := Pair[string, []int]{"k", []int{1}}
	fmt.Println(p.K, len(p.V), len(MapKeys(map[string]bool{"x": true})))
	evens := Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, min(3, 1), max("a", "b"))
}
