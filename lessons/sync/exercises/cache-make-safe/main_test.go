package main

import (
	"fmt"
	"sync"
	"testing"
)

func TestSetThenGet(t *testing.T) {
	c := NewCache()
	c.Set("a", "1")
	c.Set("a", "2")
	if v, ok := c.Get("a"); v != "2" || !ok {
		t.Errorf(`Get("a") = %q, %v; want "2", true`, v, ok)
	}
	if _, ok := c.Get("missing"); ok {
		t.Error(`Get("missing") found something`)
	}
}

func TestConcurrentWriters(t *testing.T) {
	c := NewCache()
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := range 25 {
				c.Set(fmt.Sprintf("w%d-%d", w, i), "x")
			}
		})
	}
	wg.Wait()
	if got := c.Len(); got != 100 {
		t.Errorf("Len() = %d after 100 different keys were set, want 100", got)
	}
}
