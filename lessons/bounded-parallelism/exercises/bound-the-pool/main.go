package main

import (
	"fmt"
	"sync"
)

// ForEach calls f for every item, concurrently, and returns when all calls
// have returned. At most limit calls may run at the same time.
func ForEach(items []string, limit int, f func(string)) {
	var wg sync.WaitGroup
	for _, item := range items {
		wg.Go(func() {
			f(item)
		})
	}
	wg.Wait()
}

func main() {
	ForEach([]string{"a", "b", "c"}, 2, func(s string) { fmt.Println("processing", s) })
}
