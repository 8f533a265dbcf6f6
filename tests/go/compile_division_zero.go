package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0)
	const c = 1.0 / 0
}
