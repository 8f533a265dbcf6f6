package main

import (
	"errors"
	"fmt"
	"sync"
)

var errCleanup = errors.New("cleanup failed")

func task(id int, wg *sync.WaitGroup, log *[]string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			*log = append(*log, fmt.Sprintf("task %d recovered: %v", id, r))
			if id == 2 {
				panic(fmt.Errorf("task %d: %w (after %v)", id, errCleanup, r))
			}
		}
	}()
	if id > 0 {
		var m map[string]int
		m["x"] = id
	}
	*log = append(*log, fmt.Sprintf("task %d ok", id))
}

func main() {
	var wg sync.WaitGroup
	var log []string
	for i := 0; i < 2; i++ {
		wg.Add(1)
		task(i, &wg, &log)
	}
	for _, l := range log {
		fmt.Println(l)
	}
	wg.Add(1)
	go task(2, &wg, &log)
	wg.Wait()
	fmt.Println("unreachable")
}
