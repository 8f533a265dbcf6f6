package main

import "fmt"

func main() {
	fmt.Println(count)
	total = 5
	fmt.Printn("x")
}
