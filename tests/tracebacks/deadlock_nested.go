package main

import (
	"fmt"
	"sync"
)

type Pool struct {
	mu   sync.Mutex
	jobs chan int
}

func (p *Pool) take() int {
	return <-p.jobs
}

func (p *Pool) worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		j := p.take()
		fmt.Println(id, j)
	}
}

func waitAll(wg *sync.WaitGroup) {
	wg.Wait()
}

func main() {
	p := &Pool{jobs: make(chan int)}
	var wg sync.WaitGroup
	wg.Add(2)
	go p.worker(1, &wg)
	go func() {
		p.worker(2, &wg)
	}()
	waitAll(&wg)
}
