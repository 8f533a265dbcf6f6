package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer does not run")
	go func() {
		defer fmt.Println("the goroutine's own defer runs")
		panic(fmt.Errorf("worker %d failed", 3))
	}()
	time.Sleep(50 * time.Millisecond)
}
