package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, id int, out chan<- string) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
			return
		case <-time.After(30 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	out := make(chan string)
	go worker(ctx, 1, out)
	fmt.Println(<-out)
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	v := context.WithValue(child, "user", "ann")
	pcancel()
	<-v.Done()
	fmt.Println(child.Err(), v.Value("user"), context.Cause(v))
	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("shutdown"))
	fmt.Println(c2.Err(), context.Cause(c2))
	dl, _ := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	fmt.Println(dl.Err())
	stop := context.AfterFunc(parent, func() { fmt.Println("never") })
	fmt.Println(stop())
	fmt.Println(context.Background(), context.TODO())
}
