package main

import "fmt"

func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator cleanup")
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run() (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			total = -1
		}
	}()
	for v := range upTo(5) {
		defer fmt.Println("deferred in loop body", v)
		if v == 3 {
			panic("three")
		}
		total += v
	}
	return total
}

func main() {
	fmt.Println(run())
outer:
	for i := range upTo(3) {
		for j := range upTo(3) {
			if j == 2 {
				continue outer
			}
			fmt.Println(i, j)
		}
	}
}
