package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	rw.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		rw.RLock()
		fmt.Println("never reads")
	}()
	wg.Wait()
}
