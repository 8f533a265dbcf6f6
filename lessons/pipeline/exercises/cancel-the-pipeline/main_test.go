package main

import (
	"context"
	"testing"
	"testing/synctest"
)

// drain receives from ch until it is closed and reports how many values came;
// it gives up (returning false) after limit values.
func drain(ch <-chan int, limit int) (int, bool) {
	for n := 0; n < limit; n++ {
		if _, ok := <-ch; !ok {
			return n, true
		}
	}
	return limit, false
}

func TestSquaresInOrder(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		squares := Square(ctx, Generate(ctx))
		for i := 1; i <= 10; i++ {
			if got := <-squares; got != i*i {
				t.Fatalf("square %d = %d, want %d", i, got, i*i)
			}
		}
	})
}

func TestCancelStopsThePipeline(t *testing.T) {
	// synctest.Test also fails the test if a stage is still blocked at the end.
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		squares := Square(ctx, Generate(ctx))
		<-squares
		<-squares
		cancel()
		if n, closed := drain(squares, 1000); !closed {
			t.Fatalf("Square's output still open after cancel and %d more values", n)
		}
	})
}
