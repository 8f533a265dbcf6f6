package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func Pairs(s []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(3) {
		fmt.Println("got", v)
	}
	for v := range Count(10) {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
	for i, s := range Pairs([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
	sum := 0
	for v := range Count(5) {
		if v%2 == 0 {
			continue
		}
		sum += v
	}
	fmt.Println(sum)
	fmt.Println(find())
	for range Count(1) {
		fmt.Println("no vars")
	}
}

func find() int {
	for v := range Count(100) {
		if v*v > 50 {
			return v
		}
	}
	return -1
}
