package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() { ch <- i }()
	}
	go func() {
		fmt.Println("first", <-ch)
		done <- true
	}()
	<-done
	<-done
}
