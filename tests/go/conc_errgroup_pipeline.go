package main

import (
	"context"
	"errors"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	nums := make(chan int)
	squares := make(chan int)
	g.Go(func() error {
		defer close(nums)
		for i := 1; i <= 10; i++ {
			select {
			case nums <- i:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	g.Go(func() error {
		defer close(squares)
		for n := range nums {
			if n == 6 {
				return errors.New("cannot square 6")
			}
			select {
			case squares <- n * n:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	sum := 0
	g.Go(func() error {
		for s := range squares {
			sum += s
		}
		return nil
	})
	err := g.Wait()
	fmt.Println("sum:", sum, "err:", err)
}
