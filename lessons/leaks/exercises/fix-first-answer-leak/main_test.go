package main

import (
	"testing"
	"testing/synctest"
	"time"
)

func TestFirstAnswerIsTheFastest(t *testing.T) {
	// Inside the bubble, time.Sleep uses a fake clock, and synctest.Test fails
	// if a goroutine started here is still blocked when the function returns.
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		got := FirstAnswer(
			replica("eu", 30*time.Millisecond),
			replica("us", 10*time.Millisecond),
			replica("asia", 20*time.Millisecond),
		)
		if got != "us" {
			t.Errorf("FirstAnswer = %q, want %q (the fastest replica)", got, "us")
		}
		if took := time.Since(start); took != 10*time.Millisecond {
			t.Errorf("FirstAnswer took %v, want 10ms: it must not wait for slower replicas", took)
		}
		// Let the slower replicas finish; none of them may be left blocked.
		time.Sleep(time.Second)
	})
}
