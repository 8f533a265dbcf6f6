package main

import (
	"context"
	"time"
)

// Poll calls check every interval until it returns true or ctx ends; it reports how many
// checks it made.
func Poll(ctx context.Context, interval time.Duration, check func() bool) int {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			return n
		case <-ticker.C:
			n++
			if check() {
				return n
			}
		}
	}
}

func main() {}
