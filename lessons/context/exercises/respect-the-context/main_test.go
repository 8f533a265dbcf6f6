package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestFetchAnswersWithinTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		start := time.Now()
		v, err := Fetch(ctx, 300*time.Millisecond)
		if v != "data" || err != nil {
			t.Fatalf("Fetch = %q, %v; want \"data\", nil", v, err)
		}
		if took := time.Since(start); took != 300*time.Millisecond {
			t.Errorf("took %v, want 300ms", took)
		}
	})
}

func TestFetchGivesUpAtTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		defer cancel()
		start := time.Now()
		v, err := Fetch(ctx, time.Second)
		if v != "" || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("Fetch = %q, %v; want \"\", context deadline exceeded", v, err)
		}
		if took := time.Since(start); took != 100*time.Millisecond {
			t.Errorf("took %v, want 100ms: return as soon as ctx is done", took)
		}
	})
}
