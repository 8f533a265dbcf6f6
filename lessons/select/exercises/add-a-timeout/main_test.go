package main

import (
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestFirstResultReturnsAValueThatArrivesInTime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		results := make(chan string, 1)
		time.AfterFunc(100*time.Millisecond, func() { results <- "fast" })
		v, err := FirstResult(results, 500*time.Millisecond)
		if v != "fast" || err != nil {
			t.Errorf("FirstResult = %q, %v; want \"fast\", nil", v, err)
		}
	})
}

func TestFirstResultGivesUpAfterTheTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		results := make(chan string) // nothing ever arrives
		start := time.Now()
		v, err := FirstResult(results, 500*time.Millisecond)
		if v != "" || !errors.Is(err, ErrTimeout) {
			t.Fatalf("FirstResult = %q, %v; want \"\", ErrTimeout", v, err)
		}
		if took := time.Since(start); took != 500*time.Millisecond {
			t.Errorf("gave up after %v, want 500ms", took)
		}
	})
}
