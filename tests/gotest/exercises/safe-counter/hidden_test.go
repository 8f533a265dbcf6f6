package main

import (
	"sync"
	"testing"
)

func TestReadWhileWriting(t *testing.T) {
	var c Counter
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		c.Inc()
	}()
	go func() {
		defer wg.Done()
		_ = c.Value()
	}()
	wg.Wait()
}
