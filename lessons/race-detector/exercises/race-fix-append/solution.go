package main

import (
	"fmt"
	"sync"
)

// sizes calls fetch for every URL, all at the same time, and returns the
// results in the order of urls. Each goroutine writes only its own element of
// results, so they share nothing; wg.Wait makes their writes visible here.
func sizes(urls []string, fetch func(url string) int) []int {
	results := make([]int, len(urls))
	var wg sync.WaitGroup
	for i, url := range urls {
		wg.Go(func() {
			results[i] = fetch(url)
		})
	}
	wg.Wait()
	return results
}

func main() {
	urls := []string{"https://go.dev", "https://pkg.go.dev", "https://go.dev/blog"}
	fake := func(url string) int { return len(url) * 100 }
	fmt.Println(sizes(urls, fake))
}
