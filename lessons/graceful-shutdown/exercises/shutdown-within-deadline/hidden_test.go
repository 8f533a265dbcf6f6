package main

import (
	"context"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

func TestSubmitDuringShutdownIsRefused(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		s.Submit(func() { time.Sleep(2 * time.Second) })
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		result := make(chan error, 1)
		go func() { result <- s.Shutdown(ctx) }()
		time.Sleep(time.Second) // Shutdown is now waiting for the running job
		if err := s.Submit(func() {}); !errors.Is(err, ErrClosed) {
			t.Errorf("Submit while shutting down = %v, want ErrClosed", err)
		}
		if err := <-result; err != nil {
			t.Errorf("Shutdown = %v, want nil", err)
		}
	})
}

func TestShutdownWithAContextAlreadyDone(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		var job sync.WaitGroup
		job.Add(1)
		s.Submit(func() {
			defer job.Done()
			time.Sleep(time.Second)
		})
		defer job.Wait() // the bubble ends only once the job has returned
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		if err := s.Shutdown(ctx); !errors.Is(err, context.Canceled) {
			t.Errorf("Shutdown(cancelled ctx) = %v, want context canceled", err)
		}
		if took := time.Since(start); took != 0 {
			t.Errorf("Shutdown took %v, want 0", took)
		}
	})
}

func TestShutdownWithNoJobsReturnsAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var s Server
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		start := time.Now()
		if err := s.Shutdown(ctx); err != nil || time.Since(start) != 0 {
			t.Errorf("Shutdown with no jobs = %v after %v, want nil at once", err, time.Since(start))
		}
	})
}
