// Package semaphore: chanlab's implementation of golang.org/x/sync/semaphore: a weighted
// semaphore serving waiters first come, first served.
package semaphore

import (
	"context"
	"sync"
)

type waiter struct {
	n     int64
	ready chan struct{} // closed when the waiter holds its weight
}

// Weighted provides a way to bound concurrent access to a resource.
type Weighted struct {
	size    int64
	cur     int64
	mu      sync.Mutex
	waiters []*waiter
}

// NewWeighted creates a semaphore with the given maximum combined weight.
func NewWeighted(n int64) *Weighted {
	return &Weighted{size: n}
}

// Acquire acquires weight n, blocking until it is available or ctx is done (then it
// returns ctx.Err(), holding nothing).
func (s *Weighted) Acquire(ctx context.Context, n int64) error {
	s.mu.Lock()
	if s.size-s.cur >= n && len(s.waiters) == 0 {
		s.cur += n
		s.mu.Unlock()
		return nil
	}
	if n > s.size {
		s.mu.Unlock()
		<-ctx.Done()
		return ctx.Err()
	}
	w := &waiter{n: n, ready: make(chan struct{})}
	s.waiters = append(s.waiters, w)
	s.mu.Unlock()
	select {
	case <-ctx.Done():
		err := ctx.Err()
		s.mu.Lock()
		select {
		case <-w.ready:
			err = nil // acquired just as ctx was done: keep it
		default:
			front := s.waiters[0] == w
			s.remove(w)
			if front && s.size > s.cur {
				s.notifyWaiters()
			}
		}
		s.mu.Unlock()
		return err
	case <-w.ready:
		return nil
	}
}

func (s *Weighted) remove(w *waiter) {
	for i, x := range s.waiters {
		if x == w {
			s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
			return
		}
	}
}

// TryAcquire acquires weight n without blocking; it reports whether it did.
func (s *Weighted) TryAcquire(n int64) bool {
	s.mu.Lock()
	ok := s.size-s.cur >= n && len(s.waiters) == 0
	if ok {
		s.cur += n
	}
	s.mu.Unlock()
	return ok
}

// Release releases weight n.
func (s *Weighted) Release(n int64) {
	s.mu.Lock()
	s.cur -= n
	if s.cur < 0 {
		s.mu.Unlock()
		panic("semaphore: released more than held")
	}
	s.notifyWaiters()
	s.mu.Unlock()
}

// notifyWaiters wakes waiters in order while their weight fits.
func (s *Weighted) notifyWaiters() {
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		if s.size-s.cur < w.n {
			return
		}
		s.cur += w.n
		s.waiters = s.waiters[1:]
		close(w.ready)
	}
}
