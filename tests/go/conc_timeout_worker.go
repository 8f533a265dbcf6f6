package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- "finished in " + d.String()
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{5 * time.Millisecond, 300 * time.Millisecond, 20 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("gave up on", d)
		}
	}
}
