package main

import (
	"fmt"
	"iter"
)

func bad(yield func(int) bool) {
	defer fmt.Println("bad cleanup")
	yield(1)
	panic("iterator exploded")
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		next, stop := iter.Pull(bad)
		defer stop()
		fmt.Println(next())
		fmt.Println(next())
	}()
	next, stop := iter.Pull(func(yield func(int) bool) {
		defer fmt.Println("stopping cleanup")
		for i := 0; ; i++ {
			if !yield(i) {
				panic("after stop")
			}
		}
	})
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered stop:", recover()) }()
		stop()
	}()
	fmt.Println(next())
	n2, _ := iter.Pull2(func(yield func(int, string) bool) {
		var m map[string]int
		m["x"] = 1
	})
	n2()
}
