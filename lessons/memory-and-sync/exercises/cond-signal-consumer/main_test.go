package main

import (
	"testing"
	"testing/synctest"
)

func TestItemsComeOutInOrder(t *testing.T) {
	q := NewQueue()
	for _, s := range []string{"a", "b", "c"} {
		q.Put(s)
	}
	for _, want := range []string{"a", "b", "c"} {
		if got, ok := q.Get(); got != want || !ok {
			t.Fatalf("Get() = %q, %v; want %q, true", got, ok, want)
		}
	}
}

func TestWaitingConsumerWakesUpForAPut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		q := NewQueue()
		got := make(chan string, 1)
		go func() {
			item, _ := q.Get()
			got <- item
		}()
		synctest.Wait() // the consumer is now waiting in Get
		q.Put("hello")
		synctest.Wait()
		select {
		case item := <-got:
			if item != "hello" {
				t.Errorf("the consumer got %q, want hello", item)
			}
		default:
			q.Close() // let the consumer go, if Close can
			t.Fatal("the consumer is still waiting after Put")
		}
	})
}
