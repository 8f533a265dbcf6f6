package main

import (
	"sync"
	"testing"
	"testing/synctest"
)

func TestCloseReleasesEveryWaitingConsumer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := NewQueue()
		var released sync.WaitGroup
		returned := make(chan bool, 3)
		for range 3 {
			released.Go(func() {
				_, ok := q.Get()
				returned <- ok
			})
		}
		synctest.Wait() // all three are waiting
		q.Close()
		synctest.Wait()
		if n := len(returned); n != 3 {
			q.cond.Broadcast() // release the rest, so the test can end
			released.Wait()
			t.Fatalf("%d of 3 waiting consumers returned after Close", n)
		}
		for range 3 {
			if <-returned {
				t.Error("Get on a closed, empty queue returned ok = true")
			}
		}
	})
}

func TestEveryItemReachesExactlyOneConsumer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := NewQueue()
		var mu sync.Mutex
		seen := map[string]int{}
		var consumers sync.WaitGroup
		for range 4 {
			consumers.Go(func() {
				for {
					item, ok := q.Get()
					if !ok {
						return
					}
					mu.Lock()
					seen[item]++
					mu.Unlock()
				}
			})
		}
		synctest.Wait()
		items := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
		for _, it := range items {
			q.Put(it)
		}
		synctest.Wait()
		q.Close()
		consumers.Wait()
		for _, it := range items {
			if seen[it] != 1 {
				t.Errorf("item %q was taken %d times, want once", it, seen[it])
			}
		}
	})
}
