// N goroutines parked at once on a channel receive, then released: what a parked goroutine
// costs in memory.
package main

import "sync"

const N = 100_000

func main() {
	block := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
			<-block
		}()
	}
	wg.Wait() // every goroutine has run and parked
	close(block)
}
