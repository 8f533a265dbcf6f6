package main

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"
)

func TestEarliestFailureWins(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{
			delay:  map[string]time.Duration{"/a": 2 * time.Second, "/b": time.Second, "/c": time.Minute},
			broken: map[string]bool{"/a": true, "/b": true},
		}
		_, err := FetchAll(t.Context(), []string{"/a", "/b", "/c"}, s.fetch)
		if err == nil || err.Error() != "fetch /b: 404 not found" {
			t.Fatalf("error = %v, want the first failure, from /b", err)
		}
	})
}

func TestParentCancellation(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{delay: map[string]time.Duration{"/a": time.Minute, "/b": time.Minute}}
		ctx, cancel := context.WithTimeout(t.Context(), time.Second)
		defer cancel()
		_, err := FetchAll(ctx, []string{"/a", "/b"}, s.fetch)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("error = %v, want the parent's deadline", err)
		}
	})
}

func TestNoURLs(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{}
		bodies, err := FetchAll(t.Context(), nil, s.fetch)
		if err != nil || len(bodies) != 0 {
			t.Fatalf("FetchAll(nil) = %v, %v; want no bodies and no error", bodies, err)
		}
	})
}
