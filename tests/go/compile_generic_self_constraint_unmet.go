package main

import "fmt"

type Comparer[T Comparer[T]] interface {
	Compare(T) int
}

type Money struct{ cents int64 }

func (m Money) Compare(o Money) int {
	switch {
	case m.cents < o.cents:
		return -1
	case m.cents > o.cents:
		return 1
	}
	return 0
}

func Max[T Comparer[T]](a, b T) T {
	if a.Compare(b) >= 0 {
		return a
	}
	return b
}

func main() {
	fmt.Println(Max(Money{100}, Money{250}))
	fmt.Println(Max(3, 4))
	fmt.Println(Max[*Money](&Money{1}, &Money{2}))
}
