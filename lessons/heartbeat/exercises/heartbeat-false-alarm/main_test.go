package main

import (
	"testing"
	"testing/synctest"
	"time"
)

// pulser sends n pulses, one every interval, then closes pulses.
func pulser(pulses chan<- struct{}, n int, interval time.Duration) {
	defer close(pulses)
	for range n {
		time.Sleep(interval)
		pulses <- struct{}{}
	}
}

func TestLongButHealthyWorker(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pulses := make(chan struct{})
		go pulser(pulses, 10, 100*time.Millisecond)
		start := time.Now()
		if !watch(pulses, 250*time.Millisecond) {
			t.Fatalf("a worker pulsing every 100ms was reported unhealthy after %v (timeout 250ms)", time.Since(start))
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
