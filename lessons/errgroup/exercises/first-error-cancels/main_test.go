package main

import (
	"context"
	"errors"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

var errNotFound = errors.New("404 not found")

// server is a fake web: each URL answers after its delay, or fails if it is
// in broken. It records which fetches were cut short by cancellation.
type server struct {
	delay    map[string]time.Duration
	broken   map[string]bool
	mu       sync.Mutex
	canceled []string
}

func (s *server) fetch(ctx context.Context, url string) (string, error) {
	select {
	case <-time.After(s.delay[url]):
	case <-ctx.Done():
		s.mu.Lock()
		s.canceled = append(s.canceled, url)
		s.mu.Unlock()
		return "", ctx.Err()
	}
	if s.broken[url] {
		return "", errNotFound
	}
	return "body of " + url, nil
}

func TestAllSucceed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{delay: map[string]time.Duration{"/a": 3 * time.Second, "/b": time.Second, "/c": 2 * time.Second}}
		start := time.Now()
		bodies, err := FetchAll(t.Context(), []string{"/a", "/b", "/c"}, s.fetch)
		if err != nil {
			t.Fatalf("FetchAll: %v", err)
		}
		want := []string{"body of /a", "body of /b", "body of /c"}
		if len(bodies) != len(want) {
			t.Fatalf("got %d bodies, want %d", len(bodies), len(want))
		}
		for i := range want {
			if bodies[i] != want[i] {
				t.Errorf("bodies[%d] = %q, want %q", i, bodies[i], want[i])
			}
		}
		if took := time.Since(start); took != 3*time.Second {
			t.Errorf("took %v, want 3s: the fetches should run at the same time", took)
		}
	})
}

func TestFirstErrorIsReturned(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{
			delay:  map[string]time.Duration{"/a": time.Minute, "/b": time.Second, "/c": time.Minute},
			broken: map[string]bool{"/b": true},
		}
		_, err := FetchAll(t.Context(), []string{"/a", "/b", "/c"}, s.fetch)
		if !errors.Is(err, errNotFound) {
			t.Fatalf("FetchAll error = %v, want one that wraps %v", err, errNotFound)
		}
		if want := "fetch /b: 404 not found"; err.Error() != want {
			t.Errorf("error message %q, want %q", err.Error(), want)
		}
	})
}

func TestFailureCancelsTheOthers(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := &server{
			delay:  map[string]time.Duration{"/a": time.Minute, "/b": time.Second, "/c": time.Minute},
			broken: map[string]bool{"/b": true},
		}
		start := time.Now()
		FetchAll(t.Context(), []string{"/a", "/b", "/c"}, s.fetch)
		if took := time.Since(start); took != time.Second {
			t.Errorf("FetchAll returned after %v, want 1s: the slow fetches should be cancelled when /b fails", took)
		}
		if len(s.canceled) != 2 {
			t.Errorf("fetches cut short: %v, want /a and /c", s.canceled)
		}
	})
}
