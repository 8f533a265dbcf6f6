package main

import (
	"slices"
	"testing"
	"testing/synctest"
	"time"
)

// slowly sends values on a new channel, one every gap, then closes it.
func slowly(gap time.Duration, values ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range values {
			time.Sleep(gap)
			ch <- v
		}
	}()
	return ch
}

func collect(ch <-chan int) []int {
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	slices.Sort(got)
	return got
}

func TestEveryValueArrives(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		got := collect(Merge(
			slowly(time.Second, 1, 2, 3),
			slowly(3*time.Second, 10, 20),
			slowly(500*time.Millisecond, 100),
		))
		want := []int{1, 2, 3, 10, 20, 100}
		if !slices.Equal(got, want) {
			t.Fatalf("merged values %v, want %v (in any order)", got, want)
		}
	})
}

func TestOutputClosesAfterTheLastValue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		got := collect(Merge(slowly(time.Second, 1), slowly(5*time.Second, 2)))
		if len(got) != 2 {
			t.Fatalf("got %v, want both values", got)
		}
		if took := time.Since(start); took != 5*time.Second {
			t.Errorf("the merged channel closed after %v, want 5s (when the slowest input ends)", took)
		}
	})
}
