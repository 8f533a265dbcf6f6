package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				mu.Lock()
				c := count
				runtime.Gosched()
				count = c + 1
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("final count:", count)
}
