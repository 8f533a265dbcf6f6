package main

import (
	"fmt"
	"sync/atomic"
)

// Queue is a bounded queue whose producers never wait: when it is full, Offer drops the
// item and counts it.
type Queue struct {
	items   chan string
	dropped atomic.Int64
}

// NewQueue returns a queue with room for size items.
func NewQueue(size int) *Queue {
	return &Queue{items: make(chan string, size)}
}

// Offer puts item on the queue if there is room and reports whether it did. When the
// queue is full it drops the item instead of waiting.
func (q *Queue) Offer(item string) bool {
	select {
	case q.items <- item:
		return true
	default:
		q.dropped.Add(1)
		return false
	}
}

// Dropped reports how many items Offer has dropped.
func (q *Queue) Dropped() int {
	return int(q.dropped.Load())
}

// Items is the channel the consumer reads.
func (q *Queue) Items() <-chan string {
	return q.items
}

func main() {
	q := NewQueue(2)
	for _, item := range []string{"a", "b", "c", "d"} {
		fmt.Println("offer", item, q.Offer(item))
	}
	fmt.Println("dropped:", q.Dropped())
}
