// Fan-in merge with WaitGroup closer, a channel semaphore tracking peak concurrency, comma-ok receives.
package main

import (
	"fmt"
	"sync"
)

func merge(chans ...<-chan int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func counter(from, to int) <-chan int {
	c := make(chan int, 2)
	go func() {
		for i := from; i <= to; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	total := 0
	var order []int
	for v := range merge(counter(1, 3), counter(10, 12), counter(100, 101)) {
		total += v
		order = append(order, v)
	}
	fmt.Println(total, order)

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			peak = max(peak, active)
			fmt.Println("start", i, "active", active)
			mu.Unlock()
			for range 3 {
				mu.Lock()
				mu.Unlock()
			}
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak", peak)

	done := make(chan struct{})
	ch := make(chan int)
	go func() {
		defer close(done)
		for {
			v, ok := <-ch
			if !ok {
				fmt.Println("closed")
				return
			}
			fmt.Println("recv", v, len(ch), cap(ch))
		}
	}()
	for i := range 3 {
		ch <- i * i
	}
	close(ch)
	<-done
	var ro <-chan int = ch
	v, ok := <-ro
	fmt.Println(v, ok)
}
