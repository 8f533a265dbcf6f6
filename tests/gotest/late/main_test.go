package main

import (
	"testing"
	"time"
)

func TestLeavesAGoroutine(t *testing.T) {
	go func() {
		time.Sleep(10 * time.Millisecond)
		t.Log("too late")
	}()
}

func TestSlow(t *testing.T) {
	time.Sleep(50 * time.Millisecond)
}
