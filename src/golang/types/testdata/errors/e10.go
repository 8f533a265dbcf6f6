package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		defer fmt.Println(i)
	}
	var wg WaitGroup
	go fmt.Println
	defer 5
	fmt.Println(wg)
}
