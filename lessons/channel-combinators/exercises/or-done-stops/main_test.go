package main

import (
	"slices"
	"testing"
	"testing/synctest"
)

func TestOrDoneRelaysEveryValueUntilCIsClosed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := make(chan struct{})
		defer close(done)
		c := make(chan int)
		go func() {
			defer close(c)
			for i := 1; i <= 5; i++ {
				c <- i
			}
		}()
		var got []int
		for v := range OrDone(done, c) {
			got = append(got, v)
		}
		if want := []int{1, 2, 3, 4, 5}; !slices.Equal(got, want) {
			t.Errorf("got %v, want %v", got, want)
		}
	})
}

func TestOrDoneStopsWhenDoneClosesEvenIfCNeverCloses(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		done := make(chan struct{})
		c := make(chan int) // nobody ever sends on c or closes it
		out := OrDone(done, c)
		close(done)
		if v, ok := <-out; ok {
			t.Fatalf("received %d after done closed; want the output closed", v)
		}
	})
}
