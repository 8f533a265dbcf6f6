package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	select {
	case v := <-ch:
		fmt.Println(v)
	case ch <- "x":
	case done <- 1:
	case <-time.After:
	case x := 5:
		fmt.Println(x)
	}
}
