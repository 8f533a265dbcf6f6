package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(time.Duration(i+1) * 5 * time.Millisecond)
			results <- i
		}()
	}
	for i := 0; i < 4; i++ {
		fmt.Println("got", <-results)
	}
}
