package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("done after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-slow(10 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case r := <-slow(300 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	timeout := time.After(250 * time.Millisecond)
	ch := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ch <- i
			time.Sleep(100 * time.Millisecond)
		}
	}()
	for {
		select {
		case v := <-ch:
			fmt.Println("got", v)
		case <-timeout:
			fmt.Println("time is up")
			return
		}
	}
}
