package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-stop
		}()
	}
	runtime.Gosched()
	fmt.Println("running:", runtime.NumGoroutine())
	close(stop)
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after:", runtime.NumGoroutine())

	results := make([]int, 0, 3)
	var mu sync.Mutex
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 3; j++ {
				mu.Lock()
				results = append(results, i*10+j)
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(results), cap(results) >= 9)

	timer := time.AfterFunc(20*time.Millisecond, func() { fmt.Println("AfterFunc fired") })
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop after fire:", timer.Stop())
	t2 := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop before fire:", t2.Stop())
	t3 := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t3.Reset(10*time.Millisecond))
	<-t3.C
	fmt.Println("reset expired:", t3.Reset(time.Millisecond))
	<-t3.C
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
}
