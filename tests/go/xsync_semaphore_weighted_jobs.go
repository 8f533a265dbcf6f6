package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

type job struct {
	name   string
	weight int64
}

func main() {
	sem := semaphore.NewWeighted(4)
	ctx := context.Background()
	jobs := []job{{"small-a", 1}, {"big", 4}, {"medium", 2}, {"small-b", 1}, {"medium-2", 2}}

	var mu sync.Mutex
	inUse, peak := int64(0), int64(0)
	var done []string
	var wg sync.WaitGroup
	for _, j := range jobs {
		if err := sem.Acquire(ctx, j.weight); err != nil {
			fmt.Println("acquire failed:", err)
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(j.weight)
			mu.Lock()
			inUse += j.weight
			if inUse > peak {
				peak = inUse
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			inUse -= j.weight
			done = append(done, j.name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(done)
	fmt.Println("done:", done)
	fmt.Println("peak weight <= 4:", peak <= 4, "peak > 0:", peak > 0)

	fmt.Println("try 3:", sem.TryAcquire(3), "try 2:", sem.TryAcquire(2), "try 1:", sem.TryAcquire(1))
	tctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	err := sem.Acquire(tctx, 1)
	fmt.Println("blocked acquire:", err)
	sem.Release(4)
	fmt.Println("after release:", sem.TryAcquire(4))

	defer func() { fmt.Println("recovered:", recover()) }()
	sem.Release(5)
}
