package main

import (
	"fmt"
	"sync"
)

type BoundedQueue[T any] struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	buf      []T
	max      int
	waits    int
}

func NewBoundedQueue[T any](max int) *BoundedQueue[T] {
	q := &BoundedQueue[T]{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *BoundedQueue[T]) Put(v T) {
	q.mu.Lock()
	for len(q.buf) == q.max {
		q.waits++
		q.notFull.Wait()
	}
	q.buf = append(q.buf, v)
	q.mu.Unlock()
	q.notEmpty.Signal()
}

func (q *BoundedQueue[T]) Take() T {
	q.mu.Lock()
	for len(q.buf) == 0 {
		q.notEmpty.Wait()
	}
	v := q.buf[0]
	q.buf = q.buf[1:]
	q.mu.Unlock()
	q.notFull.Signal()
	return v
}

func main() {
	q := NewBoundedQueue[string](2)
	var wg sync.WaitGroup
	const producers, each = 3, 4
	for p := 0; p < producers; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				q.Put(fmt.Sprintf("p%d-%d", p, i))
			}
		}()
	}
	seen := map[string]bool{}
	perProducer := map[byte][]string{}
	for i := 0; i < producers*each; i++ {
		v := q.Take()
		seen[v] = true
		perProducer[v[1]] = append(perProducer[v[1]], v)
	}
	wg.Wait()
	fmt.Println("distinct items:", len(seen))
	for _, k := range []byte("012") {
		fmt.Println(string(k), perProducer[k])
	}
	fmt.Println("producers had to wait:", q.waits > 0)
}
