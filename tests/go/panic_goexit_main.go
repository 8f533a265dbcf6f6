package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("background finished")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
