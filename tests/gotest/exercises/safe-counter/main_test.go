package main

import (
	"sync"
	"testing"
)

func TestIncOnce(t *testing.T) {
	var c Counter
	c.Inc()
	if got := c.Value(); got != 1 {
		t.Fatalf("Value() = %d after one Inc, want 1", got)
	}
}

func TestConcurrentInc(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	if got := c.Value(); got != 4 {
		t.Errorf("Value() = %d after 4 concurrent Incs, want 4", got)
	}
}
