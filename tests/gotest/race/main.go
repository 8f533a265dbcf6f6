package main

import "sync"

// Count starts n goroutines that each add one to a shared counter (without a lock).
func Count(n int) int {
	total := 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			total++
		}()
	}
	wg.Wait()
	return total
}

func main() {}
