package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("afterfunc ran:", ctx.Err())
		close(done)
	})
	time.Sleep(10 * time.Millisecond)
	cancel()
	<-done
	fmt.Println("stop after run:", stop())
	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never runs") })
	fmt.Println("stopped:", stop2(), stop2())
	cancel2()
	time.Sleep(10 * time.Millisecond)
	ctx3, cancel3 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel3()
	fired := make(chan string)
	context.AfterFunc(ctx3, func() { fired <- "timeout afterfunc" })
	fmt.Println(<-fired)
}
