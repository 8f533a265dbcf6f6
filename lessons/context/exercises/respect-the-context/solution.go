package main

import (
	"context"
	"fmt"
	"time"
)

// Fetch takes d to produce its answer. It gives up as soon as ctx is done and then returns
// ctx.Err().
func Fetch(ctx context.Context, d time.Duration) (string, error) {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return "data", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	v, err := Fetch(ctx, time.Second)
	fmt.Printf("%q %v after %v\n", v, err, time.Since(start).Round(10*time.Millisecond))
}
