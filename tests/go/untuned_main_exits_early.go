// main returning drops sleeping goroutines and a blocked sender; sync.Once inside a loop.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for i := range 3 {
		go func() {
			time.Sleep(time.Duration(i+1) * 40 * time.Millisecond)
			fmt.Println("background", i)
		}()
	}
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("setup once") })
	}
	ch := make(chan string)
	go func() {
		defer fmt.Println("sender deferred (never printed)")
		ch <- "first"
		ch <- "second"
	}()
	fmt.Println(<-ch)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("main returns; the rest is dropped")
}
