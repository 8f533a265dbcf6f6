package main

import (
	"testing"
	"testing/synctest"
)

func TestLimitOne(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &resizer{}
		if err := ResizeAll(t.Context(), images(3), 1, r.resize); err != nil || r.peak != 1 || len(r.done) != 3 {
			t.Fatalf("limit 1: err %v, peak %d, %d done; want nil, 1, 3", err, r.peak, len(r.done))
		}
	})
}

func TestFewerImagesThanTheLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := &resizer{}
		if err := ResizeAll(t.Context(), images(2), 10, r.resize); err != nil || r.peak != 2 {
			t.Fatalf("2 images, limit 10: err %v, peak %d; want nil, 2", err, r.peak)
		}
	})
}
