// sync.WaitGroup.Go (Go 1.25) filling results by index, then counting under a mutex.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	urls := []string{"a.example", "b.example/slow", "c.example", "d.example/404"}
	type result struct {
		url  string
		code int
	}
	results := make([]result, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() {
			code := 200
			switch {
			case strings.HasSuffix(u, "404"):
				code = 404
			case strings.Contains(u, "slow"):
				code = 504
			}
			results[i] = result{u, code}
		})
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		fmt.Printf("%-16s %d\n", r.url, r.code)
		if r.code == 200 {
			ok++
		}
	}
	fmt.Printf("%d/%d ok (%.0f%%)\n", ok, len(urls), 100*float64(ok)/float64(len(urls)))

	var mu sync.Mutex
	counts := map[int]int{}
	var wg2 sync.WaitGroup
	for _, r := range results {
		wg2.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			counts[r.code/100]++
		})
	}
	wg2.Wait()
	fmt.Println(counts)
}
