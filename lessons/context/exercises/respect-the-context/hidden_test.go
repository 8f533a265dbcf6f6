package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestFetchStopsWhenCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(250*time.Millisecond, cancel)
		start := time.Now()
		_, err := Fetch(ctx, time.Hour)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Fetch = %v, want context canceled", err)
		}
		if took := time.Since(start); took != 250*time.Millisecond {
			t.Errorf("took %v, want 250ms", took)
		}
	})
}

func TestFetchWithAContextAlreadyDoneReturnsAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		if _, err := Fetch(ctx, time.Minute); !errors.Is(err, context.Canceled) {
			t.Fatalf("Fetch = %v, want context canceled", err)
		}
		if took := time.Since(start); took != 0 {
			t.Errorf("took %v, want 0", took)
		}
	})
}

// Many calls that time out must not leave goroutines behind (the bubble fails if any is
// still blocked when the test ends).
func TestFetchLeavesNothingBehind(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for range 20 {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
			Fetch(ctx, time.Second)
			cancel()
		}
	})
}
