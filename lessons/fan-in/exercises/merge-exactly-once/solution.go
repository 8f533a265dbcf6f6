package main

import (
	"fmt"
	"sync"
)

// Merge forwards every value from every input to the returned channel and
// closes it once all inputs are closed and drained.
func Merge(inputs ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, in := range inputs {
		wg.Go(func() {
			for v := range in {
				out <- v
			}
		})
	}
	go func() {
		wg.Wait()  // every forwarder has finished sending...
		close(out) // ...so this is the one safe moment to close
	}()
	return out
}

// count sends 0..n-1 on a new channel, then closes it.
func count(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	for v := range Merge(count(3), count(2)) {
		fmt.Println(v)
	}
}
