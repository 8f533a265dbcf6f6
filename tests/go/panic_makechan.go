package main

import "fmt"

func main() {
	n := -5
	fmt.Println("making a channel")
	ch := make(chan int, n)
	fmt.Println(cap(ch))
}
