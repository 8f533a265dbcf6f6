package main

import (
	"fmt"
	"time"
)

// watch listens to a worker's pulses. It returns true when the worker closes
// pulses (it has finished), and false as soon as no pulse has arrived for
// timeout (it has gone quiet).
func watch(pulses <-chan struct{}, timeout time.Duration) bool {
	for {
		select {
		case _, ok := <-pulses:
			if !ok {
				return true
			}
		// A new timer on every pass: the timeout counts from the last pulse.
		case <-time.After(timeout):
			return false
		}
	}
}

func main() {
	pulses := make(chan struct{})
	go func() {
		defer close(pulses)
		for range 10 {
			time.Sleep(100 * time.Millisecond) // a slice of work
			pulses <- struct{}{}
		}
	}()
	fmt.Println("healthy:", watch(pulses, 250*time.Millisecond))
}
