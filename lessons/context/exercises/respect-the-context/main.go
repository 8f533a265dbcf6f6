package main

import (
	"context"
	"fmt"
	"time"
)

// Fetch takes d to produce its answer. It should give up as soon as ctx is done and then
// return ctx.Err().
func Fetch(ctx context.Context, d time.Duration) (string, error) {
	time.Sleep(d)
	return "data", nil
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	v, err := Fetch(ctx, time.Second)
	fmt.Printf("%q %v after %v\n", v, err, time.Since(start).Round(10*time.Millisecond))
}
