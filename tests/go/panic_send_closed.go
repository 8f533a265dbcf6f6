package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println(len(ch))
	ch <- 1
}
