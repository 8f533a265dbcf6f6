// The same four workloads as benches/runtime_vs_go.rs, in real Go, timed with GOMAXPROCS=1.
// Prints one line per workload: name, ns/op, and for "park" bytes per parked goroutine.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func pingPong(n int) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < n; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}

func buffered(n int) {
	ch := make(chan int, 128)
	done := make(chan bool)
	go func() {
		for range ch {
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		ch <- i
	}
	close(ch)
	<-done
}

func select4(n int) {
	a, b, c, d := make(chan int, 1), make(chan int, 1), make(chan int, 1), make(chan int, 1)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			a <- i
		case 1:
			b <- i
		case 2:
			c <- i
		default:
			d <- i
		}
		select {
		case <-a:
		case <-b:
		case <-c:
		case <-d:
		}
	}
}

func spawn(n int) {
	var wg sync.WaitGroup
	ch := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			if i%2 == 0 {
				ch <- i
			}
			wg.Done()
		}(i)
	}
	wg.Wait()
}

func park(n int) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	block := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done(); <-block }()
	}
	wg.Wait()
	runtime.ReadMemStats(&after)
	close(block)
	return (after.Sys - before.Sys) / uint64(n)
}

func timeIt(name string, n int, f func(int)) {
	f(n / 10) // warm up
	start := time.Now()
	f(n)
	fmt.Printf("%s %.2f\n", name, float64(time.Since(start).Nanoseconds())/float64(n))
}

func main() {
	scale, _ := strconv.Atoi(os.Args[1])
	timeIt("ping-pong", 1000000*scale, pingPong)
	timeIt("buffered", 2000000*scale, buffered)
	timeIt("select4", 1000000*scale, select4)
	timeIt("spawn", 1000000, spawn)
	fmt.Printf("park-bytes %d\n", park(100000))
}
