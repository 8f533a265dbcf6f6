package main

import "fmt"

// Queue is a bounded queue whose producers never wait: when it is full, Offer drops the
// item and counts it.
type Queue struct {
	items   chan string
	dropped int
}

// NewQueue returns a queue with room for size items.
func NewQueue(size int) *Queue {
	return &Queue{items: make(chan string, size)}
}

// Offer puts item on the queue if there is room and reports whether it did. When the
// queue is full it should drop the item instead of waiting.
func (q *Queue) Offer(item string) bool {
	q.items <- item
	return true
}

// Dropped reports how many items Offer has dropped.
func (q *Queue) Dropped() int {
	return q.dropped
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
