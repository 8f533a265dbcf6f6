package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- i
	}
}

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go producer(4, ch, &wg)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	var mu sync.Mutex
	count := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("count", count)

	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	n := 0
	for done := false; !done; {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			done = true
		}
	}
	fmt.Println("ticks", n)
	start := time.Now()
	time.Sleep(3 * time.Second)
	fmt.Println(time.Since(start).Round(time.Second))
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func() { results <- fmt.Sprint("w", i) }()
	}
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(got)
}
