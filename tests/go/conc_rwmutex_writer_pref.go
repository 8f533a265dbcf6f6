package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var log []string
	var mu sync.Mutex
	note := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		note("writer")
		rw.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	go func() {
		defer wg.Done()
		rw.RLock()
		note("late reader")
		rw.RUnlock()
	}()
	time.Sleep(10 * time.Millisecond)
	note("first reader done")
	rw.RUnlock()
	wg.Wait()
	fmt.Println(log)
}
