package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestProcessDoesEveryChunkWhenNotCancelled(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		done, err := Process(context.Background(), 3)
		if done != 3 || err != nil {
			t.Fatalf("Process(Background, 3) = %d, %v; want 3, nil", done, err)
		}
		if took := time.Since(start); took != 3*chunkTime {
			t.Errorf("took %v, want %v", took, 3*chunkTime)
		}
	})
}

func TestProcessStopsAtTheNextCheckAfterATimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 250*time.Millisecond)
		defer cancel()
		start := time.Now()
		done, err := Process(ctx, 10)
		if done != 3 || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Process = %d, %v; want 3, context deadline exceeded", done, err)
		}
		if took := time.Since(start); took != 300*time.Millisecond {
			t.Errorf("took %v, want 300ms: stop at the check after the chunk running at 250ms", took)
		}
	})
}
