package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, id int) (string, error) {
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case <-time.After(time.Duration(id%3+1) * 5 * time.Millisecond):
	}
	if id == 7 {
		return "", fmt.Errorf("fetch %d: %w", id, errBadGateway)
	}
	return fmt.Sprintf("item-%02d", id), nil
}

var errBadGateway = errors.New("bad gateway")

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(3)
	var running, peak atomic.Int32
	var mu sync.Mutex
	var results []string
	cancelled := 0
	for i := 0; i < 12; i++ {
		g.Go(func() error {
			n := running.Add(1)
			defer running.Add(-1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			s, err := fetch(ctx, i)
			mu.Lock()
			defer mu.Unlock()
			if errors.Is(err, context.Canceled) {
				cancelled++
				return nil
			}
			if err != nil {
				return err
			}
			results = append(results, s)
			return nil
		})
	}
	err := g.Wait()
	sort.Strings(results)
	fmt.Println("error:", err, errors.Is(err, errBadGateway))
	fmt.Println("peak concurrency:", peak.Load())
	fmt.Println("results + cancelled + failed =", len(results)+cancelled+1)
	fmt.Println("ctx after wait:", ctx.Err())

	var g2 errgroup.Group
	g2.SetLimit(1)
	order := []int{}
	for i := range 4 {
		ok := g2.TryGo(func() error {
			order = append(order, i)
			return nil
		})
		fmt.Println("trygo", i, ok)
	}
	fmt.Println(g2.Wait(), order)
}
