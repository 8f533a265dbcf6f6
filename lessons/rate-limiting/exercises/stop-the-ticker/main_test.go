package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestOneCallPerInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(100 * time.Millisecond)
		defer lim.Stop()
		start := time.Now()
		for i := 1; i <= 5; i++ {
			if err := lim.Wait(t.Context()); err != nil {
				t.Fatalf("Wait %d: %v", i, err)
			}
			if got, want := time.Since(start), time.Duration(i)*100*time.Millisecond; got != want {
				t.Fatalf("call %d went at %v, want %v", i, got, want)
			}
		}
	})
}

func TestWaitGivesUpWhenTheContextEnds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(time.Hour)
		defer lim.Stop()
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		start := time.Now()
		err := lim.Wait(ctx)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Wait = %v, want context.DeadlineExceeded", err)
		}
		if took := time.Since(start); took != time.Second {
			t.Errorf("Wait returned after %v, want 1s (the context's timeout)", took)
		}
	})
}

func TestStopReleasesWaiters(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		lim := NewLimiter(time.Hour)
		errs := make(chan error, 1)
		go func() { errs <- lim.Wait(context.Background()) }()
		time.Sleep(time.Second)
		lim.Stop()
		if err := <-errs; !errors.Is(err, ErrStopped) {
			t.Fatalf("a Wait blocked during Stop returned %v, want ErrStopped", err)
		}
	})
}
