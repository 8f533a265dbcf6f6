package main

import (
	"fmt"
	"sync"
)

type server struct {
	mu       sync.Mutex
	requests chan int
	quit     chan struct{}
	handled  []int
}

func (s *server) loop(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case r := <-s.requests:
			s.mu.Lock()
			s.handled = append(s.handled, r*10+id)
			s.mu.Unlock()
		case <-s.quit:
			return
		}
	}
}

func main() {
	s := &server{requests: make(chan int), quit: make(chan struct{})}
	var wg sync.WaitGroup
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go s.loop(id, &wg)
	}
	for r := 1; r <= 4; r++ {
		s.requests <- r
	}
	fmt.Println("sent all requests")
	// Bug: quit is never closed, so Wait blocks forever.
	wg.Wait()
	fmt.Println(len(s.handled))
}
