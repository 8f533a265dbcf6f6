package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	ctx = context.WithValue(ctx, key("user"), "bob")
	if u, ok := ctx.Value(key("user")).(string); ok {
		fmt.Println(u)
	}
	err := work(ctx, time.Second)
	fmt.Println(err, err == context.DeadlineExceeded)
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed < time.Hour, time.Duration(1500)*time.Millisecond)
	deadline, ok := ctx.Deadline()
	fmt.Println(ok, !deadline.IsZero())
	c2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(time.Millisecond)
		cancel2()
	}()
	<-c2.Done()
	fmt.Println(c2.Err())
}
