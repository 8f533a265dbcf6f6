package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(3)
	ctx := context.Background()
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, most := 0, 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := sem.Acquire(ctx, 1); err != nil {
				fmt.Println(i, err)
				return
			}
			defer sem.Release(1)
			mu.Lock()
			active++
			most = max(most, active)
			mu.Unlock()
			time.Sleep(30 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("most active:", most)
	fmt.Println(sem.TryAcquire(3), sem.TryAcquire(1))
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	fmt.Println(sem.Acquire(tctx, 1))
	sem.Release(3)
	fmt.Println(sem.TryAcquire(2), sem.TryAcquire(2))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sem.Release(5)
	}()
}
