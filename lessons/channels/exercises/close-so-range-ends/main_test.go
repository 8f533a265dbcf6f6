package main

import (
	"slices"
	"testing"
	"testing/synctest"
)

// collect ranges over ch until it is closed. Inside a synctest bubble, a range
// that can never end makes the test fail with a deadlock instead of hanging.
func collect(ch <-chan int) []int {
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	return got
}

func TestCountdownEnds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		got := collect(Countdown(3))
		if want := []int{3, 2, 1}; !slices.Equal(got, want) {
			t.Errorf("range over Countdown(3) gave %v, want %v", got, want)
		}
	})
}
