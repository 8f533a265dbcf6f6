// Without package os (no fmt, log or flag) real Go starts no finalizer goroutine, so the
// first goroutine main starts is number 6, not 7. Two workers block for ever: the
// deadlock report lists them with their numbers.
package main

import (
	"strconv"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := make(chan string)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			results <- "worker " + strconv.Itoa(i)
		}()
	}
	println(<-results)
	wg.Wait()
}
