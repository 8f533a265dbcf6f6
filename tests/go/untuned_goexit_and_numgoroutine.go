// runtime.Goexit runs deferred calls (recover sees nil), NumGoroutine before/after workers.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	defer func() { out <- fmt.Sprint("worker ", id, " cleanup") }()
	if id == 2 {
		runtime.Goexit()
	}
	out <- fmt.Sprint("worker ", id, " finished")
}

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	out := make(chan string, 10)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	fmt.Println("goroutines running:", runtime.NumGoroutine())
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	fmt.Println("goroutines at end:", runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() { fmt.Println("recover in goexit:", recover()) }()
		runtime.Goexit()
	}()
	<-done
	fmt.Println(runtime.GOMAXPROCS(0), runtime.NumCPU() > 0)
}
