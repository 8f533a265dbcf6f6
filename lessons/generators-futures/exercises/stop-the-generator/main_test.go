package main

import (
	"context"
	"testing"
	"testing/synctest"
)

func TestFirstPrimes(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		primes := Primes(ctx)
		for _, want := range []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29} {
			if got := <-primes; got != want {
				t.Fatalf("got %d, want %d", got, want)
			}
		}
	})
}

// TestCancelClosesTheChannel fails, or ends in "blocked goroutines remain",
// when the generator outlives its caller.
func TestCancelClosesTheChannel(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		primes := Primes(ctx)
		<-primes
		<-primes
		cancel()
		synctest.Wait() // let the generator react to the cancellation
		select {
		case v, ok := <-primes:
			if ok {
				t.Fatalf("after cancel the generator still sends (%d); it should close the channel", v)
			}
		default:
			t.Fatal("after cancel the channel is neither closed nor sending: the generator is stuck")
		}
	})
}
