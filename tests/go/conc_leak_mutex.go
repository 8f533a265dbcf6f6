package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 2; i++ {
		go func() {
			mu.Lock()
			fmt.Println("never")
		}()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main exits while goroutines wait on the mutex")
}
