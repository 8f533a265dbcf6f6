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
	mu   sync.Mutex
	jobs sync.WaitGroup
}

// Submit starts job in a goroutine of its own.
func (s *Server) Submit(job func()) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.jobs.Go(job)
	return nil
}

// Shutdown should stop accepting jobs, then wait for the running ones to finish, but not
// after ctx is done: it returns nil when they all finished, or ctx.Err().
func (s *Server) Shutdown(ctx context.Context) error {
	s.jobs.Wait()
	return nil
}

func main() {
	var s Server
	s.Submit(func() { time.Sleep(2 * time.Second) })
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	fmt.Println("shutdown:", s.Shutdown(ctx))
	fmt.Println("submit after shutdown:", s.Submit(func() {}))
}
