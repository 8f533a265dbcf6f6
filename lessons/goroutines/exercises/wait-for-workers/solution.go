package main

import (
	"fmt"
	"sync"
)

// SquareAll returns the square of every number in nums, computing each one
// in its own goroutine.
func SquareAll(nums []int) []int {
	squares := make([]int, len(nums))
	var wg sync.WaitGroup
	for i, n := range nums {
		// wg.Go counts the goroutine before it starts and marks it done when
		// the function returns (Go 1.25). Before 1.25: wg.Add(1) here, and
		// defer wg.Done() inside the goroutine.
		wg.Go(func() {
			squares[i] = n * n
		})
	}
	wg.Wait() // every slot has been written
	return squares
}

func main() {
	fmt.Println(SquareAll([]int{1, 2, 3, 4, 5}))
}
