package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"testing/synctest"
	"time"
)

// resizer is a fake resize: each call takes a second unless ctx is
// cancelled, fails for the images in broken, and records the peak number of
// calls in progress and the images it finished.
type resizer struct {
	broken    map[string]bool
	mu        sync.Mutex
	now, peak int
	done      []string
}

func (r *resizer) resize(ctx context.Context, img string) error {
	r.mu.Lock()
	r.now++
	r.peak = max(r.peak, r.now)
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.now--
		r.mu.Unlock()
	}()
	select {
	case <-time.After(time.Second):
	case <-ctx.Done():
		return ctx.Err()
	}
	if r.broken[img] {
		return errors.New("corrupt file")
	}
	r.mu.Lock()
	r.done = append(r.done, img)
	r.mu.Unlock()
	return nil
}

func images(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("img-%03d.png", i)
	}
	return out
}

func TestAtMostLimitAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &resizer{}
		start := time.Now()
		if err := ResizeAll(t.Context(), images(40), 8, r.resize); err != nil {
			t.Fatalf("ResizeAll: %v", err)
		}
		if r.peak != 8 {
			t.Errorf("peak of %d resizes at once, want 8 (the limit)", r.peak)
		}
		if len(r.done) != 40 {
			t.Errorf("%d images resized, want 40", len(r.done))
		}
		if took := time.Since(start); took != 5*time.Second {
			t.Errorf("40 one-second resizes, 8 at a time, took %v; want 5s", took)
		}
	})
}

func TestFirstErrorStopsTheRest(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		imgs := images(20)
		r := &resizer{broken: map[string]bool{imgs[1]: true}}
		err := ResizeAll(t.Context(), imgs, 4, r.resize)
		if err == nil || err.Error() != "resize img-001.png: corrupt file" {
			t.Fatalf("ResizeAll error = %v, want the failure of img-001.png", err)
		}
		if r.peak > 4 {
			t.Errorf("peak of %d resizes at once, the limit is 4", r.peak)
		}
		if len(r.done) > 3 {
			t.Errorf("%d images were resized after the failure should have stopped them", len(r.done))
		}
	})
}
