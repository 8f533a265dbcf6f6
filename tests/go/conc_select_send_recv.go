package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int, 1)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
		}
		close(in)
	}()
	var pending []int
	for in != nil || len(pending) > 0 {
		var send chan int
		var next int
		if len(pending) > 0 {
			send, next = out, pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*10)
		case send <- next:
			pending = pending[1:]
			fmt.Println("forwarded", <-out)
		}
	}
	fmt.Println("all forwarded")
}
