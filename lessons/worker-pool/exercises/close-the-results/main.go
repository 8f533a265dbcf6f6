package main

import (
	"fmt"
)

// Run calls f on every job using a pool of workers goroutines and returns
// the results, in any order.
func Run(jobs []int, workers int, f func(int) int) []int {
	queue := make(chan int)
	results := make(chan int)

	for range workers {
		go func() {
			for j := range queue {
				results <- f(j)
			}
		}()
	}

	go func() {
		for _, j := range jobs {
			queue <- j
		}
		close(queue)
	}()

	var out []int
	for r := range results {
		out = append(out, r)
	}
	return out
}

func main() {
	fmt.Println(Run([]int{1, 2, 3, 4}, 2, func(n int) int { return n * n }))
}
