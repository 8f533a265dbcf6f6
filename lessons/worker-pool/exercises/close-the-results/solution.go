package main

import (
	"fmt"
	"sync"
)

// Run calls f on every job using a pool of workers goroutines and returns
// the results, in any order.
func Run(jobs []int, workers int, f func(int) int) []int {
	queue := make(chan int)
	results := make(chan int)

	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range queue {
				results <- f(j)
			}
		})
	}

	go func() {
		for _, j := range jobs {
			queue <- j
		}
		close(queue) // no more jobs: the workers' loops end
	}()

	go func() {
		wg.Wait()      // every worker has returned, so nobody sends any more...
		close(results) // ...and closing ends the range loop below
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
