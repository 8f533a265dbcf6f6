// N goroutines spawned, run and exited; half of them send on a buffered channel first.
package main

import "sync"

const N = 200_000

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, N)
	for i := 0; i < N; i++ {
		wg.Add(1)
		go func() {
			if i%2 == 0 {
				ch <- i
			}
			wg.Done()
		}()
	}
	wg.Wait()
}
