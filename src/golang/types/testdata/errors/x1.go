package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"
)

type result struct {
	id  int
	err error
}

func fetch(ctx context.Context, id int) (string, error) {
	select {
	case <-time.After(time.Duration(id) * time.Millisecond):
		return fmt.Sprintf("item-%d", id), nil
	case <-ctx.Done():
		return "", context.Cause(ctx)
	}
}

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 50*time.Millisecond, errors.New("too slow"))
	defer cancel()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(2)
	var count atomic.Int32
	results := make([]string, 4)
	for i := range 4 {
		g.Go(func() error {
			s, err := fetch(gctx, i*10)
			if err != nil {
				return err
			}
			results[i] = s
			count.Add(1)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("error:", err)
	}
	sem := semaphore.NewWeighted(2)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := sem.Acquire(ctx, 1); err != nil {
				return
			}
			defer sem.Release(1)
			runtime.Gosched()
		}(i)
	}
	wg.Wait()
	lim := rate.NewLimiter(rate.Every(10*time.Millisecond), 1)
	_ = lim.Wait(context.Background())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	signal.Stop(sig)
	var once sync.Once
	get := sync.OnceValue(func() int { return 42 })
	once.Do(func() {})
	cond := sync.NewCond(&sync.Mutex{})
	_ = cond
	var m sync.Map
	m.Store("k", 1)
	v, ok := m.Load("k")
	fmt.Println(count.Load(), results, get(), v, ok, lim.Allow())
	t := time.NewTimer(time.Millisecond)
	if !t.Stop() {
		<-t.C
	}
	tk := time.NewTicker(time.Millisecond)
	tk.Reset(2 * time.Millisecond)
	tk.Stop()
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(errors.New("done"))
	stop := context.AfterFunc(ctx2, func() { fmt.Println("after") })
	_ = stop
	<-ctx2.Done()
	fmt.Println(context.Cause(ctx2), ctx2.Err(), time.Since(time.Now()) < time.Second)
}
