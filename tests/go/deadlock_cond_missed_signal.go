package main

import (
	"fmt"
	"sync"
)

type Gate struct {
	mu   sync.Mutex
	cond *sync.Cond
	open bool
}

func main() {
	g := &Gate{}
	g.cond = sync.NewCond(&g.mu)
	var wg sync.WaitGroup
	arrived := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.mu.Lock()
			arrived <- i
			// Bug: waits without checking g.open in a loop, and the opener
			// signals only once.
			g.cond.Wait()
			g.mu.Unlock()
		}()
	}
	for range 3 {
		<-arrived
	}
	g.mu.Lock()
	g.open = true
	g.mu.Unlock()
	g.cond.Signal()
	fmt.Println("gate opened")
	wg.Wait()
}
