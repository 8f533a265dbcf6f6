package main

import (
	"testing"
	"testing/synctest"
)

// The reader takes two values, closes done and walks away: OrDone's goroutine must not stay
// blocked on a send nobody will receive (the bubble fails if any goroutine is left blocked).
func TestOrDoneDoesNotLeakWhenTheReaderLeaves(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := make(chan struct{})
		c := make(chan int)
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			for i := 0; ; i++ {
				select {
				case c <- i:
				case <-stop:
					return
				}
			}
		}()
		out := OrDone(done, c)
		<-out
		<-out
		close(done)
		synctest.Wait()
	})
}

func TestOrDoneKeepsTheOrderOfValues(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := make(chan struct{})
		defer close(done)
		c := make(chan int, 100)
		for i := range 100 {
			c <- i
		}
		close(c)
		next := 0
		for v := range OrDone(done, c) {
			if v != next {
				t.Fatalf("got %d, want %d", v, next)
			}
			next++
		}
		if next != 100 {
			t.Errorf("got %d values, want 100", next)
		}
	})
}
