package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * n
		}()
	}
	wg.Wait()
	close(results)
	var total int
	for r := range results {
		total += r
	}
	done := make(chan struct{})
	done <- true
	var ro <-chan int = results
	ro = make(chan<- int)
	fmt.Println(total, wg)
}
