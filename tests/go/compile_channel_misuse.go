package main

import "fmt"

func producer(out chan<- int) {
	for v := range out {
		fmt.Println(v)
	}
}

func consumer(in <-chan int) {
	in <- 1
	close(in)
}

func main() {
	ch := make(chan int)
	go producer(ch)
	consumer(ch)
	var x int = <-ch + "s"
	fmt.Println(x)
}
