package main

import (
	"context"
	"fmt"
	"time"
)

// poll calls check every interval in a goroutine of its own, until ctx is
// cancelled. It returns at once.
func poll(ctx context.Context, interval time.Duration, check func()) {
	ticker := time.NewTicker(interval)
	go func() {
		for range ticker.C {
			check()
		}
	}()
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	poll(ctx, 100*time.Millisecond, func() { fmt.Println("checking...") })
	<-ctx.Done()
	time.Sleep(300 * time.Millisecond) // no more checks should appear
	fmt.Println("done")
}
