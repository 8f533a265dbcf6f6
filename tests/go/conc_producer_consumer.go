package main

import "fmt"

func main() {
	buf := make(chan int, 2)
	done := make(chan struct{})
	go func() {
		for v := range buf {
			fmt.Println("consumed", v)
		}
		close(done)
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("producing", i)
		buf <- i
	}
	close(buf)
	<-done
}
