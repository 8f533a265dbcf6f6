package main

import (
	"runtime"
	"testing"
	"testing/synctest"
)

func TestEveryProcessorGetsWork(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		peak := watchChecksum(t)
		checksumAll(inputs(100))
		if procs := runtime.GOMAXPROCS(0); peak() < procs {
			t.Errorf("only %d checksums ran at once with %d processors: the work is not spread out", peak(), procs)
		}
	})
}

func TestFewerInputsThanProcessors(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		peak := watchChecksum(t)
		if got := checksumAll(inputs(1)); len(got) != 1 {
			t.Fatalf("%d results for 1 input", len(got))
		}
		if got := checksumAll(nil); len(got) != 0 {
			t.Fatalf("%d results for no input", len(got))
		}
		if peak() != 1 {
			t.Errorf("peak %d for a single input", peak())
		}
	})
}
