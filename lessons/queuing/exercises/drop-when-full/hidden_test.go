package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
)

func TestConcurrentOffersCountEveryDrop(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const producers, each, size = 4, 50, 10
		q := NewQueue(size)
		var accepted atomic.Int64
		var wg sync.WaitGroup
		for p := range producers {
			wg.Go(func() {
				for i := range each {
					if q.Offer(fmt.Sprintf("%d-%d", p, i)) {
						accepted.Add(1)
					}
				}
			})
		}
		wg.Wait()
		if total := accepted.Load(); total != size {
			t.Errorf("%d items accepted with no consumer, want %d (the capacity)", total, size)
		}
		if got := q.Dropped(); got != producers*each-size {
			t.Errorf("Dropped() = %d, want %d", got, producers*each-size)
		}
	})
}

func TestAnUnbufferedQueueDropsUnlessTheConsumerWaits(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := NewQueue(0)
		if q.Offer("early") {
			t.Error("Offer with no consumer waiting = true, want false")
		}
		got := make(chan string)
		go func() { got <- <-q.Items() }()
		synctest.Wait() // the consumer is now waiting
		if !q.Offer("on time") {
			t.Error("Offer with the consumer waiting = false, want true")
		}
		if v := <-got; v != "on time" {
			t.Errorf("consumer got %q", v)
		}
		if n := q.Dropped(); n != 1 {
			t.Errorf("Dropped() = %d, want 1", n)
		}
	})
}
