package main

import (
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// slowSquare squares n after a second of (fake) work and tracks how many
// calls are in progress at once.
type slowSquare struct {
	mu        sync.Mutex
	now, peak int
}

func (s *slowSquare) f(n int) int {
	s.mu.Lock()
	s.now++
	s.peak = max(s.peak, s.now)
	s.mu.Unlock()
	time.Sleep(time.Second)
	s.mu.Lock()
	s.now--
	s.mu.Unlock()
	return n * n
}

func TestEveryJobHasAResult(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var sq slowSquare
		got := Run([]int{1, 2, 3, 4, 5, 6}, 3, sq.f)
		slices.Sort(got)
		want := []int{1, 4, 9, 16, 25, 36}
		if !slices.Equal(got, want) {
			t.Fatalf("Run = %v, want %v (in any order)", got, want)
		}
	})
}

func TestPoolIsBounded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var sq slowSquare
		jobs := make([]int, 20)
		start := time.Now()
		Run(jobs, 4, sq.f)
		if sq.peak != 4 {
			t.Errorf("peak concurrency %d, want 4 (the number of workers)", sq.peak)
		}
		if took := time.Since(start); took != 5*time.Second {
			t.Errorf("20 one-second jobs on 4 workers took %v, want 5s", took)
		}
	})
}
