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
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	select {
	case s := <-sigs:
		fmt.Println("signal:", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("no signal arrived")
	}
	signal.Stop(sigs)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tctx, cancel := context.WithTimeout(ctx, 10*time.Millisecond)
	defer cancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), ctx.Err())
	fmt.Println(syscall.SIGINT, syscall.SIGTERM, os.Interrupt, os.Kill)
}
