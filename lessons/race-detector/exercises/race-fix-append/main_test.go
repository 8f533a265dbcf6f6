package main

import (
	"fmt"
	"testing"
)

func TestEveryURLHasItsSize(t *testing.T) {
	urls := make([]string, 40)
	for i := range urls {
		urls[i] = fmt.Sprintf("https://example.com/%d", i)
	}
	got := sizes(urls, func(url string) int { return len(url) })
	if len(got) != len(urls) {
		t.Fatalf("%d results for %d URLs", len(got), len(urls))
	}
	for i, url := range urls {
		if got[i] != len(url) {
			t.Errorf("result %d = %d, want %d (the size of %s)", i, got[i], len(url), url)
		}
	}
}
