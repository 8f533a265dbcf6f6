package main

import (
	"testing"
	"testing/synctest"
)

func TestNoJobs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var sq slowSquare
		if got := Run(nil, 3, sq.f); len(got) != 0 {
			t.Fatalf("Run(nil) = %v, want no results", got)
		}
	})
}

func TestMoreWorkersThanJobs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var sq slowSquare
		got := Run([]int{7, 8}, 10, sq.f)
		if len(got) != 2 || got[0]+got[1] != 49+64 {
			t.Fatalf("Run = %v, want 49 and 64", got)
		}
	})
}

func TestOneWorker(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var sq slowSquare
		got := Run([]int{1, 2, 3}, 1, sq.f)
		if len(got) != 3 || sq.peak != 1 {
			t.Fatalf("one worker: %d results, peak %d; want 3 results, peak 1", len(got), sq.peak)
		}
	})
}
