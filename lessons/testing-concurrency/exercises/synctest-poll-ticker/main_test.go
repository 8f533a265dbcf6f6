package main

import (
	"context"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestPollChecksOnEveryTick(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var checks atomic.Int32
		poll(ctx, 100*time.Millisecond, func() { checks.Add(1) })

		time.Sleep(350 * time.Millisecond) // fake time: returns at once
		if got := checks.Load(); got != 3 {
			t.Errorf("%d checks after 350ms with a 100ms interval, want 3", got)
		}
	})
}

func TestPollStopsWhenCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		var checks atomic.Int32
		poll(ctx, 100*time.Millisecond, func() { checks.Add(1) })

		time.Sleep(250 * time.Millisecond)
		cancel()
		synctest.Wait() // the poller has seen the cancellation (or is stuck)
		before := checks.Load()
		time.Sleep(time.Second)
		if after := checks.Load(); after != before {
			t.Errorf("%d more checks in the second after cancel(), want none", after-before)
		}
		// Returning now also checks that the poller's goroutine has ended: a
		// goroutine left blocked in the bubble fails the test.
	})
}
