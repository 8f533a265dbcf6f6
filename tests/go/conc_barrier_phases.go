package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	const workers = 3
	results := make([][]string, 3)
	for phase := 0; phase < 3; phase++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				results[phase] = append(results[phase], fmt.Sprintf("w%d", w))
				mu.Unlock()
			}()
		}
		wg.Wait()
		sort.Strings(results[phase])
		fmt.Println("phase", phase, "done:", results[phase])
	}
}
