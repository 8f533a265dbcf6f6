package main

import (
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestWaitAfterStop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(10 * time.Millisecond)
		lim.Stop()
		time.Sleep(time.Second) // ticks would have piled up had the ticker kept running
		for range 3 {
			if err := lim.Wait(t.Context()); !errors.Is(err, ErrStopped) {
				t.Fatalf("Wait after Stop = %v, want ErrStopped", err)
			}
		}
	})
}

func TestStopTwice(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(time.Second)
		lim.Stop()
		lim.Stop()
	})
}

func TestSlowCallerDoesNotGetABurst(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(100 * time.Millisecond)
		defer lim.Stop()
		time.Sleep(time.Second) // ten intervals pass with nobody waiting
		start := time.Now()
		lim.Wait(t.Context())
		lim.Wait(t.Context())
		lim.Wait(t.Context())
		if took := time.Since(start); took < 150*time.Millisecond {
			t.Fatalf("three Waits after a pause took %v: a ticker must not save up ticks", took)
		}
	})
}
