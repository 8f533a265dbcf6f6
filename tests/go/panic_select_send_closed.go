// A select whose send case finds its channel closed panics like a plain send, and a
// deferred recover sees it: at once (pass 1), for a one-case select, and for a select that
// was already waiting when another goroutine closed the channel.
package main

import (
	"fmt"
	"time"
)

func trySelect(name string, ch chan int, other chan int) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	select {
	case ch <- 1:
		fmt.Println(name, "sent")
	case v := <-other:
		fmt.Println(name, "received", v)
	}
}

func tryOne(ch chan int) {
	defer func() {
		fmt.Println("one-case recovered:", recover())
	}()
	select {
	case ch <- 2:
	}
}

func main() {
	closed := make(chan int)
	close(closed)
	trySelect("at once", closed, make(chan int))
	tryOne(closed)

	later := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		close(later)
	}()
	trySelect("while waiting", later, make(chan int))

	lone := make(chan int)
	go func() {
		time.Sleep(time.Millisecond)
		close(lone)
	}()
	tryOne(lone)

	final := make(chan int)
	close(final)
	select {
	case final <- 3:
	case <-time.After(time.Second):
	}
	fmt.Println("not reached")
}
