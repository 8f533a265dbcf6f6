package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	results := make([]int, 5)
	for i := range 5 {
		g.Go(func() error {
			results[i] = i * 10
			return nil
		})
	}
	fmt.Println(g.Wait(), results)
	g2, ctx := errgroup.WithContext(context.Background())
	g2.Go(func() error {
		time.Sleep(10 * time.Millisecond)
		return errors.New("first failure")
	})
	g2.Go(func() error {
		<-ctx.Done()
		return fmt.Errorf("second saw: %w", ctx.Err())
	})
	fmt.Println(g2.Wait())
	fmt.Println(ctx.Err(), context.Cause(ctx))
	var g3 errgroup.Group
	g3.SetLimit(2)
	running, most := 0, 0
	mu := make(chan struct{}, 1)
	for range 6 {
		g3.Go(func() error {
			mu <- struct{}{}
			running++
			most = max(most, running)
			<-mu
			time.Sleep(20 * time.Millisecond)
			mu <- struct{}{}
			running--
			<-mu
			return nil
		})
	}
	fmt.Println(g3.Wait(), "most at once:", most)
	var g4 errgroup.Group
	g4.SetLimit(1)
	fmt.Println(g4.TryGo(func() error { time.Sleep(time.Millisecond); return nil }), g4.TryGo(func() error { return nil }))
	fmt.Println(g4.Wait())
}
