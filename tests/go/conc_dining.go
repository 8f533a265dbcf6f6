package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	meals := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			first, second := p, (p+1)%n
			if first > second {
				first, second = second, first
			}
			for i := 0; i < 3; i++ {
				forks[first].Lock()
				forks[second].Lock()
				meals[p]++
				forks[second].Unlock()
				forks[first].Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("meals:", meals)
}
