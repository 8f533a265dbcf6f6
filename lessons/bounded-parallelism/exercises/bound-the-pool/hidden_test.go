package main

import (
	"testing"
	"testing/synctest"
)

func TestLimitOneIsSequential(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var p probe
		ForEach(names(5), 1, p.call)
		if p.peak != 1 || len(p.seen) != 5 {
			t.Fatalf("limit 1: peak %d over %d items, want 1 over 5", p.peak, len(p.seen))
		}
	})
}

func TestFewerItemsThanLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var p probe
		ForEach(names(3), 50, p.call)
		if p.peak != 3 || len(p.seen) != 3 {
			t.Fatalf("3 items, limit 50: peak %d over %d items, want 3 over 3", p.peak, len(p.seen))
		}
	})
}

func TestNoItems(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var p probe
		ForEach(nil, 4, p.call)
		if len(p.seen) != 0 {
			t.Fatalf("f was called %d times for no items", len(p.seen))
		}
	})
}
