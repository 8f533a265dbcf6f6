package main

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestShutdownWaitsForTheJobsInFlight(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		var done atomic.Int32
		for _, d := range []time.Duration{time.Second, 2 * time.Second} {
			s.Submit(func() {
				time.Sleep(d)
				done.Add(1)
			})
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		start := time.Now()
		if err := s.Shutdown(ctx); err != nil {
			t.Fatalf("Shutdown = %v, want nil: the jobs finish before the deadline", err)
		}
		if took := time.Since(start); took != 2*time.Second {
			t.Errorf("Shutdown took %v, want 2s (until the last job finished)", took)
		}
		if n := done.Load(); n != 2 {
			t.Errorf("%d jobs finished when Shutdown returned, want 2", n)
		}
	})
}

func TestShutdownGivesUpAtTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		var job sync.WaitGroup
		job.Add(1)
		s.Submit(func() {
			defer job.Done()
			time.Sleep(time.Minute)
		})
		defer job.Wait() // the bubble ends only once the job has returned
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		start := time.Now()
		err := s.Shutdown(ctx)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Shutdown = %v, want context deadline exceeded", err)
		}
		if took := time.Since(start); took != time.Second {
			t.Errorf("Shutdown took %v, want 1s: never wait past the deadline", took)
		}
	})
}

func TestSubmitAfterShutdownIsRefused(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		if err := s.Shutdown(context.Background()); err != nil {
			t.Fatalf("Shutdown with nothing running = %v, want nil", err)
		}
		ran := false
		if err := s.Submit(func() { ran = true }); !errors.Is(err, ErrClosed) {
			t.Errorf("Submit after Shutdown = %v, want ErrClosed", err)
		}
		time.Sleep(time.Second)
		if ran {
			t.Error("a job submitted after Shutdown ran")
		}
	})
}
