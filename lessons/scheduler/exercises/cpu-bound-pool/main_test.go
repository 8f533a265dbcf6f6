package main

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// watchChecksum makes every checksum call take a millisecond of the bubble's
// fake time and returns a function reporting the most calls seen at once.
func watchChecksum(t *testing.T) (peak func() int) {
	real := checksum
	t.Cleanup(func() { checksum = real })
	var mu sync.Mutex
	active, most := 0, 0
	checksum = func(data string) uint32 {
		mu.Lock()
		active++
		most = max(most, active)
		mu.Unlock()
		time.Sleep(time.Millisecond) // stands for a millisecond of computing
		mu.Lock()
		active--
		mu.Unlock()
		return real(data)
	}
	return func() int {
		mu.Lock()
		defer mu.Unlock()
		return most
	}
}

func inputs(n int) []string {
	in := make([]string, n)
	for i := range in {
		in[i] = fmt.Sprint("input-", i)
	}
	return in
}

func TestResultsInInputOrder(t *testing.T) {
	in := inputs(50)
	got := checksumAll(in)
	if len(got) != len(in) {
		t.Fatalf("%d results for %d inputs", len(got), len(in))
	}
	for i := range in {
		if want := checksum(in[i]); got[i] != want {
			t.Errorf("result %d = %08x, want checksum(%q) = %08x", i, got[i], in[i], want)
		}
	}
}

func TestNoMoreAtOnceThanProcessors(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		peak := watchChecksum(t)
		checksumAll(inputs(100))
		if procs := runtime.GOMAXPROCS(0); peak() > procs {
			t.Errorf("%d checksums ran at once, but there are only %d processors", peak(), procs)
		}
	})
}
