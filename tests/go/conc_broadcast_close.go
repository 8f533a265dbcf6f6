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
	fmt.Println("releasing all")
	close(start)
	wg.Wait()
	fmt.Println(len(order), order)
}
