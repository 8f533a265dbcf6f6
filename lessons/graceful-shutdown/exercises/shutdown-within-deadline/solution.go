package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrClosed is returned by Submit once the server is shutting down.
var ErrClosed = errors.New("server closed")

// Server runs jobs in the background.
type Server struct {
	mu     sync.Mutex
	closed bool
	jobs   sync.WaitGroup
}

// Submit starts job in a goroutine of its own, unless the server is shutting down.
func (s *Server) Submit(job func()) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.jobs.Go(job)
	return nil
}

// Shutdown stops accepting jobs, then waits for the running ones to finish, but not after
// ctx is done: it returns nil when they all finished, or ctx.Err().
func (s *Server) Shutdown(ctx context.Context) error {
	// Phase 1: no new jobs. Every Submit that got in first has already called jobs.Go.
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()

	// Phase 2: wait for the jobs in flight, or for the deadline.
	finished := make(chan struct{})
	go func() {
		s.jobs.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	var s Server
	s.Submit(func() { time.Sleep(2 * time.Second) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println("shutdown:", s.Shutdown(ctx))
	fmt.Println("submit after shutdown:", s.Submit(func() {}))
}
