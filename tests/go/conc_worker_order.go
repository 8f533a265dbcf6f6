package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var log []string
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				log = append(log, fmt.Sprintf("worker %d got job %d", w, j))
			}
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println(strings.Join(log, "\n"))
}
