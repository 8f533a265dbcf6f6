package main

import (
	"testing"
	"testing/synctest"
)

func TestCountdownZero(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := collect(Countdown(0)); len(got) != 0 {
			t.Errorf("range over Countdown(0) gave %v, want no values", got)
		}
	})
}

func TestCountdownLong(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		got := collect(Countdown(100))
		if len(got) != 100 {
			t.Fatalf("got %d values, want 100", len(got))
		}
		for i, v := range got {
			if v != 100-i {
				t.Fatalf("value %d is %d, want %d", i, v, 100-i)
			}
		}
	})
}

func TestCountdownClosedChannelStaysClosed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ch := Countdown(1)
		<-ch
		if v, ok := <-ch; ok {
			t.Fatalf("received %d after the last value, want a closed channel", v)
		}
		// synctest.Test itself fails if the sending goroutine is still blocked.
	})
}
