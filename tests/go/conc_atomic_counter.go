package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var hits atomic.Int64
	var plain int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				hits.Add(1)
				atomic.AddInt64(&plain, 1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt64(&plain))
}
