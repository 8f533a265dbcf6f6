package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrStopped is returned by Wait once the limiter has been stopped.
var ErrStopped = errors.New("limiter stopped")

// A Limiter lets one caller through per interval.
type Limiter struct {
	ticker *time.Ticker
	done   chan struct{} // closed by Stop
	stop   func()
}

func NewLimiter(interval time.Duration) *Limiter {
	l := &Limiter{ticker: time.NewTicker(interval), done: make(chan struct{})}
	l.stop = sync.OnceFunc(func() {
		l.ticker.Stop()
		close(l.done)
	})
	return l
}

// Wait blocks until the next tick. It returns ctx.Err() if ctx is done
// first, and ErrStopped if the limiter is stopped.
func (l *Limiter) Wait(ctx context.Context) error {
	select {
	case <-l.done:
		return ErrStopped
	default:
	}
	select {
	case <-l.ticker.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-l.done:
		return ErrStopped
	}
}

// Stop stops the ticker and releases every caller blocked in Wait.
func (l *Limiter) Stop() { l.stop() }

func main() {
	lim := NewLimiter(100 * time.Millisecond)
	defer lim.Stop()
	start := time.Now()
	for i := 1; i <= 3; i++ {
		if err := lim.Wait(context.Background()); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("request", i, "at", time.Since(start).Round(time.Millisecond))
	}
}
