package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for i := 1; i <= 3; i++ {
		g.Go(func() error {
			if i == 2 {
				return errors.New("task 2 failed")
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		})
	}
	fmt.Println(g.Wait())
	sem := semaphore.NewWeighted(2)
	results := make([]int, 5)
	var g2 errgroup.Group
	for i := range 5 {
		if err := sem.Acquire(context.Background(), 1); err != nil {
			break
		}
		g2.Go(func() error {
			defer sem.Release(1)
			results[i] = i * i
			return nil
		})
	}
	g2.Wait()
	fmt.Println(results)
	lim := rate.NewLimiter(rate.Every(100*time.Millisecond), 1)
	start := time.Now()
	for i := 0; i < 3; i++ {
		lim.Wait(context.Background())
		fmt.Println("tick", i, time.Since(start).Round(time.Millisecond))
	}
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	ys := []string{"b", "c", "a"}
	slices.Sort(ys)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(xs, ys, people, slices.Contains(ys, "c"), slices.Index(xs, 8), slices.Max(xs))
}
