package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(quit)
	}()
	go func() {
		b <- "hello"
	}()
	gotA, gotB := 0, 0
	for {
		select {
		case v := <-a:
			gotA += v
		case s := <-b:
			gotB += len(s)
			b = nil
		case <-quit:
			fmt.Println("quit", gotA, gotB)
			return
		}
	}
}
