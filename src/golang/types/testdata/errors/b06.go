package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Println(i)
	}
	for i, v := range 3 {
		fmt.Println(i, v)
	}
	ch := make(chan int)
	for a, b := range ch {
		fmt.Println(a, b)
	}
	x := 3.5
	for range x {
	}
}
