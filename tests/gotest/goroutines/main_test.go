package main

import (
	"sync"
	"testing"
)

func TestErrorFromGoroutines(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 1 {
				t.Errorf("worker %d failed", i)
			}
			t.Logf("worker %d done", i)
		}()
	}
	wg.Wait()
}

func TestFatalFromGoroutine(t *testing.T) {
	done := make(chan bool)
	go func() {
		defer close(done)
		t.Fatal("fatal in a goroutine stops only that goroutine")
	}()
	<-done
	t.Log("the test goroutine goes on")
}

func TestNoFailure(t *testing.T) {
	if t.Failed() {
		t.Fatal("a new test starts clean")
	}
}
