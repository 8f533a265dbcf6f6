package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	runtime.Gosched()
	fmt.Println("running:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	runtime.Gosched()
	fmt.Println("after:", runtime.NumGoroutine(), runtime.NumCPU() > 0, runtime.GOMAXPROCS(0))
}
