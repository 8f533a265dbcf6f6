package main

import (
	"fmt"
	"runtime"
	"time"
)

func leaky() <-chan int {
	ch := make(chan int)
	go func() {
		ch <- 1
		fmt.Println("never printed")
	}()
	return ch
}

func main() {
	for i := 0; i < 3; i++ {
		leaky()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("main returns; leaked goroutines vanish")
}
