package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Arming a timer happens before the function it runs: what the caller wrote
// before time.AfterFunc (or before context.WithTimeout) is visible to it.
func main() {
	var wg sync.WaitGroup
	greeting := "hello"
	wg.Add(1)
	time.AfterFunc(10*time.Millisecond, func() {
		defer wg.Done()
		fmt.Println("after func sees:", greeting)
	})
	wg.Wait()

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	fmt.Println("timeout:", ctx.Err())

	t := time.AfterFunc(time.Hour, func() { fmt.Println("reset timer fired") })
	count := 1
	t.Reset(5 * time.Millisecond)
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		count++
		done <- true
	})
	<-done
	fmt.Println("count:", count, "stopped:", t.Stop())
}
