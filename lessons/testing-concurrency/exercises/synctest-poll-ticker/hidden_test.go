package main

import (
	"context"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestPollReturnsAtOnceAndWaitsForTheFirstTick(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var checks atomic.Int32
		start := time.Now()
		poll(ctx, time.Second, func() { checks.Add(1) })
		if time.Since(start) != 0 {
			t.Error("poll blocked its caller")
		}
		synctest.Wait()
		if checks.Load() != 0 {
			t.Error("check ran before the first interval had passed")
		}
	})
}

func TestAlreadyCancelledContext(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		var checks atomic.Int32
		poll(ctx, 10*time.Millisecond, func() { checks.Add(1) })
		synctest.Wait()
		time.Sleep(time.Second)
		if got := checks.Load(); got > 1 {
			t.Errorf("%d checks with a context cancelled from the start", got)
		}
	})
}
