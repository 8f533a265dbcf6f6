package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		time.Sleep(10 * time.Millisecond)
		b.Lock()
		fmt.Println("first got both")
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		time.Sleep(10 * time.Millisecond)
		a.Lock()
		fmt.Println("second got both")
	}()
	wg.Wait()
}
