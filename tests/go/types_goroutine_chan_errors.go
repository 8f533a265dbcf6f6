package main

import "fmt"

func worker(out chan<- int) {
	v := <-out
	fmt.Println(v)
}

func main() {
	ch := make(chan int)
	go worker(ch)
	var in <-chan int = ch
	in <- 1
	close(in)
	var bad chan string = ch
	x := <-5
	fmt.Println(bad, x)
}
