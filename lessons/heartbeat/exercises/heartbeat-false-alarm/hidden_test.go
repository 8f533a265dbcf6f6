package main

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestWorkerThatStallsIsReportedOneTimeoutAfterItsLastPulse(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pulses := make(chan struct{})
		stuck := make(chan struct{})
		go func() {
			defer close(pulses)
			for range 3 {
				time.Sleep(100 * time.Millisecond)
				select {
				case pulses <- struct{}{}:
				case <-stuck:
					return
				}
			}
			<-stuck // hangs until the test lets it go
		}()
		start := time.Now()
		if watch(pulses, 250*time.Millisecond) {
			t.Fatal("a stalled worker was reported healthy")
		}
		if got, want := time.Since(start), 550*time.Millisecond; got != want {
			t.Errorf("reported after %v, want %v (last pulse at 300ms + 250ms of silence)", got, want)
		}
		close(stuck)
		for range pulses { // until the worker has let go
		}
	})
}

func TestSlowPulsesJustUnderTheTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		pulses, quit := make(chan struct{}), make(chan struct{})
		go pulser(pulses, 20, 240*time.Millisecond, quit)
		healthy := watch(pulses, 250*time.Millisecond)
		stop(pulses, quit)
		if !healthy {
			t.Fatal("pulses 240ms apart never exceed a 250ms timeout")
		}
	})
}
