package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		select {
		case v := <-a:
			_ = v
		case b <- 1:
		}
	}()
	select {
	case <-a:
	case a <- 1:
		fmt.Println("sent")
	}
	<-b
}
