// Package synctest: chanlab's implementation of Go's testing/synctest. Test runs a
// function in a bubble whose clock starts at 2000-01-01 00:00:00 UTC and advances only
// when every goroutine of the bubble is blocked; Wait waits until the bubble's other
// goroutines are all blocked.
package synctest

import (
	"testing"
	"time"
)

// Test executes f in a new bubble, as a test named like t; it fails t if f fails.
func Test(t *testing.T, f func(*testing.T)) {
	if inBubble() {
		panic("synctest.Run called from within a synctest bubble")
	}
	if !testing.SynctestTest(t, f) {
		t.FailNow()
	}
}

// Wait blocks until every goroutine within the current bubble, other than the current
// goroutine, is durably blocked.
func Wait() {
	if !inBubble() {
		panic("goroutine is not in a bubble")
	}
	wait()
}

func wait()

// inBubble reports whether a bubble is running.
func inBubble() bool

// Sleep advances the bubble's clock by d (waiting for the other goroutines to block).
func Sleep(d time.Duration) {
	time.Sleep(d)
	Wait()
}
