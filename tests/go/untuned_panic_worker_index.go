// An unrecovered index-out-of-range panic inside a worker goroutine after some output.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	ID    int
	Parts []string
}

func (j Job) Pick(n int) string {
	return j.Parts[n]
}

func worker(id int, jobs <-chan Job, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Printf("worker %d: job %d -> %s\n", id, j.ID, j.Pick(len(j.Parts)-1+j.ID/3))
	}
}

func main() {
	jobs := make(chan Job)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(i, jobs, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- Job{ID: i, Parts: []string{"a", "b", "c", "d", "e"}[:5-i]}
	}
	close(jobs)
	wg.Wait()
	fmt.Println("unreachable")
}
