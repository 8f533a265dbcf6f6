package main

import (
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestFirstResultJustBeforeAndJustAfterTheTimeout(t *testing.T) {
	for _, tc := range []struct {
		arrive time.Duration
		want   string
		err    error
	}{
		{199 * time.Millisecond, "on time", nil},
		{201 * time.Millisecond, "", ErrTimeout},
	} {
		synctest.Test(t, func(t *testing.T) {
			results := make(chan string, 1)
			time.AfterFunc(tc.arrive, func() { results <- "on time" })
			v, err := FirstResult(results, 200*time.Millisecond)
			if v != tc.want || !errors.Is(err, tc.err) {
				t.Errorf("value at %v, timeout 200ms: got %q, %v; want %q, %v", tc.arrive, v, err, tc.want, tc.err)
			}
			time.Sleep(time.Second) // let the late sender finish
		})
	}
}

func TestFirstResultTakesAValueAlreadyWaiting(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		results := make(chan string, 1)
		results <- "ready"
		start := time.Now()
		v, err := FirstResult(results, time.Second)
		if v != "ready" || err != nil || time.Since(start) != 0 {
			t.Errorf("FirstResult = %q, %v after %v; want \"ready\", nil at once", v, err, time.Since(start))
		}
	})
}
