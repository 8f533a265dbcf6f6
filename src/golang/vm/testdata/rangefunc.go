package main

import (
	"fmt"
	"runtime"
)

func Evens(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, 2*i) {
				fmt.Println("stopped")
				return
			}
		}
	}
}

func firstOver(limit int) (int, bool) {
	for i, v := range Evens(100) {
		if v > limit {
			return i, true
		}
	}
	return 0, false
}

func main() {
	total := 0
	for i, v := range Evens(5) {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		total += v
	}
	fmt.Println("total", total)
	fmt.Println(firstOver(7))
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("goexit runs defers")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	<-done
	s := make([]int, 0)
	for i := range 6 {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	a := [3]int([]int{7, 8, 9, 10})
	fmt.Println(a, len(a))
}
