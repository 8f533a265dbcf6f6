package main

import (
	"fmt"
	"iter"
	"slices"
)

func evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(evens(10))
	defer stop()
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println(v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println(v, ok)
	fmt.Println(slices.Collect(evens(7)))
	n2, s2 := iter.Pull2(slices.All([]string{"a", "b"}))
	defer s2()
	for {
		i, s, ok := n2()
		if !ok {
			break
		}
		fmt.Println(i, s)
	}
}
