package main

import (
	"fmt"
	"time"
)

func main() {
	var in chan int
	tick := time.After(20 * time.Millisecond)
	select {
	case v := <-in:
		fmt.Println("impossible", v)
	case <-tick:
		fmt.Println("only the timer can fire")
	}
	ready := make(chan int, 1)
	var maybe chan int
	for i := 0; i < 2; i++ {
		select {
		case ready <- i:
			fmt.Println("sent", i)
			maybe = ready
		case v := <-maybe:
			fmt.Println("got", v)
		}
	}
}
