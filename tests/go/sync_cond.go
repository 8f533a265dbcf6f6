package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	sum := 0
	var smu sync.Mutex
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				v := q.Get()
				smu.Lock()
				sum += v
				smu.Unlock()
			}
		}()
	}
	for i := 1; i <= 9; i++ {
		q.Put(i)
	}
	wg.Wait()
	fmt.Println("sum", sum)
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var w2 sync.WaitGroup
	for i := range 3 {
		w2.Add(1)
		go func() {
			defer w2.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			mu.Unlock()
			_ = i
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	w2.Wait()
	fmt.Println("all released")
}
