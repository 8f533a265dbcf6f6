package main

import (
	"fmt"
	"sync"
	"time"
)

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Get(k string) (int, bool) {
	s.RLock()
	defer s.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id, j*j)
	}
}

func main() {
	jobs := make(chan int, 5)
	results := make(chan string, 5)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := range 5 {
		jobs <- j
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	n := 0
	for range results {
		n++
	}
	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	sm := &SafeMap{m: map[string]int{"a": 1}}
	v, ok := sm.Get("a")
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println(n > 0, v, ok)
}
