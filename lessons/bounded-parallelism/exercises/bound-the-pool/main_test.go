package main

import (
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// probe is an f for ForEach that records which items it saw and how many
// calls were in progress at once. Each call takes a second of (fake) time.
type probe struct {
	mu        sync.Mutex
	seen      map[string]int
	now, peak int
}

func (p *probe) call(item string) {
	p.mu.Lock()
	if p.seen == nil {
		p.seen = map[string]int{}
	}
	p.seen[item]++
	p.now++
	p.peak = max(p.peak, p.now)
	p.mu.Unlock()

	time.Sleep(time.Second)

	p.mu.Lock()
	p.now--
	p.mu.Unlock()
}

func names(n int) []string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprint("item-", i)
	}
	return items
}

func TestEveryItemOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		items := names(25)
		var p probe
		ForEach(items, 4, p.call)
		if len(p.seen) != len(items) {
			t.Fatalf("f saw %d different items, want %d", len(p.seen), len(items))
		}
		for item, n := range p.seen {
			if n != 1 {
				t.Errorf("f(%q) was called %d times, want once", item, n)
			}
		}
	})
}

func TestAtMostLimitAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var p probe
		ForEach(names(100), 10, p.call)
		if p.peak > 10 {
			t.Fatalf("%d calls ran at once, the limit is 10", p.peak)
		}
	})
}

func TestStillConcurrent(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var p probe
		start := time.Now()
		ForEach(names(100), 10, p.call)
		if p.peak != 10 {
			t.Errorf("peak concurrency %d, want 10: the calls should overlap up to the limit", p.peak)
		}
		if took := time.Since(start); took != 10*time.Second {
			t.Errorf("100 one-second calls, 10 at a time, took %v; want 10s", took)
		}
	})
}
