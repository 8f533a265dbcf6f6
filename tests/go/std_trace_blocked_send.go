// A sender parked on an unbuffered channel panics with "send on closed channel" when
// the channel is closed under it; a deferred recover in the sender stops that panic like
// any other. A second sender, unrecovered, ends the program the same way.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { fmt.Println("sender", i, "recovered:", recover()) }()
			ch <- i
			fmt.Println("sent", i)
		}()
	}
	time.Sleep(time.Millisecond)
	fmt.Println("got", <-ch)
	close(ch)
	wg.Wait()

	done := make(chan int)
	go func() { done <- 1 }()
	time.Sleep(time.Millisecond)
	close(done)
	time.Sleep(time.Millisecond)
	fmt.Println("not reached")
}
