package main

import "fmt"

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println(v)
	case ch <- 1:
	case x := 5:
		fmt.Println(x)
	}
}
