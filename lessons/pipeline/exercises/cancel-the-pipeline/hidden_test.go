package main

import (
	"context"
	"testing"
	"testing/synctest"
)

func TestCancelBeforeReading(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		squares := Square(ctx, Generate(ctx))
		cancel()
		if n, closed := drain(squares, 1000); !closed {
			t.Fatalf("Square's output still open after cancel and %d values", n)
		}
	})
}

func TestGenerateAloneStops(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		nums := Generate(ctx)
		if first := <-nums; first != 1 {
			t.Fatalf("first value %d, want 1", first)
		}
		cancel()
		if n, closed := drain(nums, 1000); !closed {
			t.Fatalf("Generate's output still open after cancel and %d more values", n)
		}
	})
}

func TestSquareEndsWhenItsInputCloses(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		in := make(chan int, 3)
		in <- 2
		in <- 3
		close(in)
		out := Square(context.Background(), in)
		if a, b := <-out, <-out; a != 4 || b != 9 {
			t.Fatalf("got %d, %d, want 4, 9", a, b)
		}
		if v, ok := <-out; ok {
			t.Fatalf("got %d after the input closed, want a closed channel", v)
		}
	})
}

func TestManyPipelines(t *testing.T) {
	// Cancel after 0, 1, 2, ... values: wherever the stages are when cancel() comes,
	// Square's output must close, and no stage may be left blocked.
	synctest.Test(t, func(t *testing.T) {
		for run := 0; run < 20; run++ {
			ctx, cancel := context.WithCancel(context.Background())
			squares := Square(ctx, Generate(ctx))
			for i := 0; i < run; i++ {
				<-squares
			}
			cancel()
			if _, closed := drain(squares, 1000); !closed {
				t.Fatalf("run %d: Square's output still open after cancel", run)
			}
		}
	})
}
