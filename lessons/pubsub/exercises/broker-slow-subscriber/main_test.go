package main

import (
	"fmt"
	"testing"
	"testing/synctest"
)

func TestEverySubscriberGetsEveryMessage(t *testing.T) {
	var b Broker
	a, c := b.Subscribe(8), b.Subscribe(8)
	for i := range 5 {
		b.Publish(fmt.Sprint(i))
	}
	for _, s := range []*Sub{a, c} {
		if got := len(s.C); got != 5 {
			t.Errorf("a subscriber has %d messages waiting, want 5", got)
		}
	}
}

func TestPublishNeverWaitsForASlowSubscriber(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var b Broker
		slow := b.Subscribe(2) // never reads
		fast := b.Subscribe(10)
		published := make(chan struct{})
		go func() {
			defer close(published)
			for i := range 10 {
				b.Publish(fmt.Sprint(i))
			}
		}()
		synctest.Wait() // until the publisher is done or stuck
		select {
		case <-published:
		default:
			drain(slow.C, published) // let the stuck publisher finish, so the test can end
			t.Fatal("Publish is stuck waiting for a subscriber whose channel is full")
		}
		if got := len(fast.C); got != 10 {
			t.Errorf("the fast subscriber got %d messages, want all 10", got)
		}
		if got := b.Dropped(slow); got != 8 {
			t.Errorf("Dropped(slow) = %d, want 8 (its buffer holds 2 of the 10)", got)
		}
	})
}

// drain receives from c until done is closed.
func drain(c <-chan string, done <-chan struct{}) {
	for {
		select {
		case <-c:
		case <-done:
			return
		}
	}
}
