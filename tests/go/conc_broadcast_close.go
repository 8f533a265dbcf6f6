package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	// No printing before close: a slow write to stdout could let the goroutines block on
	// start in another order.
	close(start)
	wg.Wait()
	fmt.Println("released", len(order), order)
}
