package main

import "fmt"

func main() {
	var x int = "hello"
	fmt.Println(x)
}
