// A generator/square pipeline stopped by context cancellation, then WithCancelCause fan-out.
package main

import (
	"context"
	"fmt"
	"sync"
)

func gen(ctx context.Context, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("gen: stopped")
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("square: stopped")
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := square(ctx, gen(ctx, 1))
	sum := 0
	for v := range results {
		sum += v
		fmt.Println("got", v)
		if sum > 50 {
			cancel()
			break
		}
	}
	for range results {
	}
	fmt.Println("sum", sum, ctx.Err(), context.Cause(ctx))

	ctx2, cancel2 := context.WithCancelCause(context.Background())
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx2.Done()
			fmt.Println("worker", i, "saw", context.Cause(ctx2))
		}()
	}
	cancel2(fmt.Errorf("shutdown requested"))
	wg.Wait()
	cancel2(nil)
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
