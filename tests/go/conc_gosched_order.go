package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			for j := 0; j < 2; j++ {
				fmt.Println("g", i, "step", j)
				runtime.Gosched()
			}
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(runtime.NumGoroutine())
}
