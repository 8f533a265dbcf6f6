package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup, out chan string) {
	defer wg.Done()
	out <- fmt.Sprint("worker ", id)
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, &wg, out)
	}
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock
	go func() {
		wg.Wait()
		close(out)
	}
	for s := range out {
		fmt.Println(s)
	}
}
