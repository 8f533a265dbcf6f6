package main

import "fmt"

func counter() func() int {
	n := 0
	return func() {
		n++
	}
}

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(add(1))
	fmt.Println(add(1, "2"))
	var f func() = counter
	fmt.Println(f)
}
