package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			_ = i
		}()
	}
	fmt.Println("waiting for 3, starting 2")
	wg.Wait()
}
