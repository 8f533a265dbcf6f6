package main

import (
	"testing"
	"testing/synctest"
)

func TestOfferQueuesWhileThereIsRoom(t *testing.T) {
	q := NewQueue(3)
	for _, item := range []string{"a", "b", "c"} {
		if !q.Offer(item) {
			t.Fatalf("Offer(%q) = false with room left", item)
		}
	}
	for _, want := range []string{"a", "b", "c"} {
		if got := <-q.Items(); got != want {
			t.Errorf("consumer got %q, want %q", got, want)
		}
	}
	if n := q.Dropped(); n != 0 {
		t.Errorf("Dropped() = %d, want 0", n)
	}
}

func TestOfferDropsWhenFullWithoutWaiting(t *testing.T) {
	// In a bubble, an Offer that blocks with nobody to receive fails the test at once.
	synctest.Test(t, func(t *testing.T) {
		q := NewQueue(2)
		q.Offer("a")
		q.Offer("b")
		if q.Offer("c") {
			t.Error("Offer on a full queue = true, want false")
		}
		if n := q.Dropped(); n != 1 {
			t.Errorf("Dropped() = %d, want 1", n)
		}
		if got := <-q.Items(); got != "a" {
			t.Errorf("first item %q, want \"a\" (a drop must not disturb the queue)", got)
		}
		if !q.Offer("d") {
			t.Error("Offer after the consumer made room = false, want true")
		}
	})
}
