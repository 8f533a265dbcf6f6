package main

import (
	"fmt"
	"sync"
)

func spawn(wg *sync.WaitGroup) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m map[string]bool
		m["boom"] = true
	}()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		spawn(&wg)
	}()
	wg.Wait()
	fmt.Println("never")
}
