package main

import (
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

func TestNoURLs(t *testing.T) {
	if got := sizes(nil, func(string) int { return 1 }); len(got) != 0 {
		t.Errorf("sizes(nil) = %v, want no results", got)
	}
}

func TestFetchesRunConcurrently(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var calls atomic.Int32
		start := time.Now()
		sizes([]string{"a", "b", "c", "d"}, func(string) int {
			calls.Add(1)
			time.Sleep(time.Second) // a slow server
			return 1
		})
		if took := time.Since(start); took != time.Second {
			t.Errorf("four one-second fetches took %v: they should overlap and take 1s", took)
		}
		if calls.Load() != 4 {
			t.Errorf("fetch was called %d times, want 4", calls.Load())
		}
	})
}
