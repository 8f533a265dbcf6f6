// A program that signals itself with syscall.Kill: the signal reaches signal.Notify's
// channel and cancels a signal.NotifyContext context, as one from outside would.
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
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		fmt.Println("kill:", err)
	}
	fmt.Println("got:", <-c)
	signal.Stop(c)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	time.AfterFunc(20*time.Millisecond, func() {
		syscall.Kill(os.Getpid(), syscall.SIGINT)
	})
	select {
	case <-ctx.Done():
		fmt.Println("context:", ctx.Err())
	case <-time.After(time.Second):
		fmt.Println("no signal")
	}

	fmt.Println("signal 0:", syscall.Kill(syscall.Getpid(), 0))
	fmt.Println("no such pid:", syscall.Kill(999999999, syscall.SIGINT))
	fmt.Println("negative signal:", syscall.Kill(syscall.Getpid(), -1))
}
