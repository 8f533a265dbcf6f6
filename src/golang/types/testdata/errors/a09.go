package main

import "fmt"

func main() {
	ch := make(<-chan int)
	ch <- 1
	var s chan<- int
	<-s
	x := 5
	<-x
	close(ch)
	fmt.Println()
}
