package main

import (
	"context"
	"fmt"
	"time"
)

func work(ctx context.Context) error { return ctx.Err() }

func main() {
	ctx := context.WithTimeout(context.Background(), time.Second)
	ctx2, cancel := context.WithCancel()
	work(context.Background)
	work(nil)
	var d time.Duration = 1.5
	t := time.Sleep(d)
	fmt.Println(ctx, ctx2, cancel, t)
}
