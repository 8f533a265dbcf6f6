package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestProcessWithACancelledContextDoesNothing(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		start := time.Now()
		done, err := Process(ctx, 5)
		if done != 0 || !errors.Is(err, context.Canceled) {
			t.Fatalf("Process(cancelled, 5) = %d, %v; want 0, context canceled", done, err)
		}
		if took := time.Since(start); took != 0 {
			t.Errorf("took %v, want 0: no chunk should start", took)
		}
	})
}

func TestProcessStopsAfterAnExplicitCancel(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(150*time.Millisecond, cancel)
		start := time.Now()
		done, err := Process(ctx, 100)
		if done != 2 || !errors.Is(err, context.Canceled) {
			t.Fatalf("Process = %d, %v; want 2, context canceled", done, err)
		}
		if took := time.Since(start); took != 200*time.Millisecond {
			t.Errorf("took %v, want 200ms", took)
		}
	})
}

func TestProcessOfNothing(t *testing.T) {
	done, err := Process(context.Background(), 0)
	if done != 0 || err != nil {
		t.Fatalf("Process(Background, 0) = %d, %v; want 0, nil", done, err)
	}
}
