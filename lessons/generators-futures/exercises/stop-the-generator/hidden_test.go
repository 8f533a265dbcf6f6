package main

import (
	"context"
	"testing"
	"testing/synctest"
)

func TestCancelBeforeFirstValue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		n := 0
		for range Primes(ctx) {
			n++
			if n > 100 {
				t.Fatal("a cancelled generator kept sending")
			}
		}
	})
}

func TestRangeEndsAfterCancel(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		count := 0
		for p := range Primes(ctx) {
			count++
			if p > 100 {
				cancel()
				break
			}
		}
		if count != 26 {
			t.Errorf("received %d primes up to the first over 100, want 26", count)
		}
		synctest.Wait()
	})
}
