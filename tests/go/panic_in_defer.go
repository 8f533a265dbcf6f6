package main

import "fmt"

func main() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		panic("panic in defer")
	}()
	panic("first panic")
}
