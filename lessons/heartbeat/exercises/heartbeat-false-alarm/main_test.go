package main

import (
	"testing"
	"testing/synctest"
	"time"
)

// pulser sends n pulses, one every interval, then closes pulses. It gives up
// when quit is closed (if watch has stopped listening).
func pulser(pulses chan<- struct{}, n int, interval time.Duration, quit <-chan struct{}) {
	defer close(pulses)
	for range n {
		time.Sleep(interval)
		select {
		case pulses <- struct{}{}:
		case <-quit:
			return
		}
	}
}

// stop tells the pulser to quit and waits until it has closed pulses, so that
// no goroutine is left in the bubble.
func stop(pulses <-chan struct{}, quit chan struct{}) {
	close(quit)
	for range pulses {
	}
}

func TestLongButHealthyWorker(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pulses, quit := make(chan struct{}), make(chan struct{})
		go pulser(pulses, 10, 100*time.Millisecond, quit)
		start := time.Now()
		healthy := watch(pulses, 250*time.Millisecond)
		took := time.Since(start)
		stop(pulses, quit)
		if !healthy {
			t.Fatalf("a worker pulsing every 100ms was reported unhealthy after %v (timeout 250ms)", took)
		}
	})
}

func TestSilentWorker(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pulses := make(chan struct{})
		start := time.Now()
		if watch(pulses, 250*time.Millisecond) {
			t.Fatal("a worker that never pulsed was reported healthy")
		}
		if got := time.Since(start); got != 250*time.Millisecond {
			t.Errorf("reported after %v, want 250ms", got)
		}
	})
}
