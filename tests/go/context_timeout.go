package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "result", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println(fetch(ctx, 10*time.Millisecond))
	fmt.Println(fetch(ctx, 200*time.Millisecond))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded), ctx.Err())
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(ctx.Err(), &te) && te.Timeout())
	dl, ok := ctx.Deadline()
	fmt.Println(ok, !dl.IsZero())
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel2()
	fmt.Println(ctx2.Err())
	ctx3, cancel3 := context.WithTimeout(context.Background(), time.Hour)
	cancel3()
	fmt.Println(ctx3.Err())
	short, c4 := context.WithTimeout(ctx3, time.Hour)
	defer c4()
	fmt.Println(short.Err())
}
