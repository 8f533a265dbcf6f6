package main

import (
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
)

func TestCloseEndsEverySubscribersLoop(t *testing.T) {
	var b Broker
	var wg sync.WaitGroup
	got := make([]int, 3)
	for i := range got {
		s := b.Subscribe(10)
		wg.Go(func() {
			for range s.C {
				got[i]++
			}
		})
	}
	for i := range 6 {
		b.Publish(fmt.Sprint(i))
	}
	b.Close()
	wg.Wait()
	for i, n := range got {
		if n != 6 {
			t.Errorf("subscriber %d received %d messages, want 6", i, n)
		}
	}
}

func TestSubscribeWhilePublishing(t *testing.T) {
	var b Broker
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 50 {
			b.Publish(fmt.Sprint(i))
		}
	})
	subs := make([]*Sub, 10)
	for i := range subs {
		wg.Go(func() { subs[i] = b.Subscribe(100) })
	}
	wg.Wait()
	for _, s := range subs {
		if got := len(s.C) + b.Dropped(s); got > 50 {
			t.Errorf("a subscriber accounts for %d messages, but only 50 were published", got)
		}
	}
}

func TestUnbufferedSubscriberThatIsNotReadingMissesEverything(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var b Broker
		s := b.Subscribe(0)
		published := make(chan struct{})
		go func() {
			defer close(published)
			for i := range 4 {
				b.Publish(fmt.Sprint(i))
			}
		}()
		synctest.Wait()
		select {
		case <-published:
		default:
			drain(s.C, published)
			t.Fatal("Publish waits on an unbuffered subscriber that is not receiving")
		}
		if got := b.Dropped(s); got != 4 {
			t.Errorf("Dropped = %d, want 4", got)
		}
	})
}
