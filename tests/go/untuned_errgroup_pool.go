// An errgroup.WithContext worker pool where one job fails and cancels the producer; SetLimit/TryGo.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"

	"golang.org/x/sync/errgroup"
)

func process(ctx context.Context, id, job int) (int, error) {
	if job == 7 {
		return 0, fmt.Errorf("worker %d: job %d is cursed", id, job)
	}
	select {
	case <-ctx.Done():
		return 0, ctx.Err()
	default:
	}
	return job * 3, nil
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	jobs := make(chan int)
	var mu sync.Mutex
	var done []int
	g.Go(func() error {
		defer close(jobs)
		for j := 1; j <= 12; j++ {
			select {
			case jobs <- j:
			case <-ctx.Done():
				fmt.Println("producer: stopping at", j)
				return nil
			}
		}
		return nil
	})
	for w := 1; w <= 3; w++ {
		g.Go(func() error {
			for j := range jobs {
				r, err := process(ctx, w, j)
				if err != nil {
					return err
				}
				mu.Lock()
				done = append(done, r)
				mu.Unlock()
			}
			return nil
		})
	}
	err := g.Wait()
	sort.Ints(done)
	fmt.Println("err:", err)
	fmt.Println("done:", done)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))

	var g2 errgroup.Group
	g2.SetLimit(2)
	results := make([]string, 5)
	for i := range results {
		g2.Go(func() error {
			results[i] = fmt.Sprint("r", i*i)
			return nil
		})
	}
	fmt.Println(g2.Wait(), results, g2.TryGo(func() error { return nil }))
}
