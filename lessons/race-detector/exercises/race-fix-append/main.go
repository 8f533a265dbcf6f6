package main

import (
	"fmt"
	"sync"
)

// sizes calls fetch for every URL, all at the same time, and returns the
// results in the order of urls.
func sizes(urls []string, fetch func(url string) int) []int {
	var results []int
	var wg sync.WaitGroup
	for _, url := range urls {
		wg.Go(func() {
			results = append(results, fetch(url))
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
