package main

import (
	"fmt"
	"sync"
)

// Queue is a FIFO queue that consumers can wait on. mu guards items and
// closed; cond sleeps on mu.
type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []string
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// Put adds an item at the back of the queue.
func (q *Queue) Put(item string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, item)
	q.cond.Signal() // one new item: wake one waiting consumer
}

// Get removes and returns the item at the front, waiting while the queue is
// empty. ok is false once the queue is closed and empty.
func (q *Queue) Get() (item string, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return "", false
	}
	item = q.items[0]
	q.items = q.items[1:]
	return item, true
}

// Close tells the consumers that no more items will come.
func (q *Queue) Close() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed = true
	q.cond.Broadcast() // every waiting consumer must see that the queue is closed
}

func main() {
	q := NewQueue()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			item, ok := q.Get()
			if !ok {
				return
			}
			fmt.Println("got", item)
		}
	}()
	q.Put("first")
	q.Put("second")
	q.Close()
	<-done
}
