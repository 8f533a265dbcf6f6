package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Println(ctx)
	select {
	case <-ctx.Done():
		fmt.Println("signal:", ctx.Err())
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout, no signal")
	}
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGINT)
	fmt.Println(syscall.SIGINT, os.Interrupt == syscall.SIGINT, syscall.Signal(99))
}
