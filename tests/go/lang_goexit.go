package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred runs")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("never")
	}()
	wg.Wait()
	fmt.Println("main continues")
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recover:", recover())
			done <- true
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
}
