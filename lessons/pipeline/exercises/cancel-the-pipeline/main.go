package main

import (
	"context"
	"fmt"
)

// Generate sends 1, 2, 3, ... on the channel it returns, until ctx is cancelled.
func Generate(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; ; i++ {
			out <- i
		}
	}()
	return out
}

// Square sends the square of every value from in, until in is closed or ctx is
// cancelled, then closes its output.
func Square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	squares := Square(ctx, Generate(ctx))
	fmt.Println(<-squares, <-squares, <-squares)
	cancel()
}
