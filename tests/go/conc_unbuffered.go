package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		fmt.Println("goroutine: sending")
		ch <- "ping"
		fmt.Println("goroutine: sent")
	}()
	fmt.Println("main: receiving")
	msg := <-ch
	fmt.Println("main: got", msg)
	done := make(chan bool)
	go func() {
		fmt.Println("worker running")
		done <- true
	}()
	<-done
	fmt.Println("main: done")
}
