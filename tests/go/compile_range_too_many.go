package main

import "fmt"

func main() {
	for i, j := range 10 {
		fmt.Println(i, j)
	}
	ch := make(chan int)
	for a, b := range ch {
		fmt.Println(a, b)
	}
}
