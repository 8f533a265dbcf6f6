package main

import (
	"fmt"
	str "strings"
)

func main() {
	handlers := []func(int) int{}
	for i := 0; i < 3; i++ {
		handlers = append(handlers, func(x int) int {
			unused := x * i
			return x + i
		})
	}
	var f func(string) int = func(s string) string { return s }
	fmt.Println(handlers[0](1), f)
}
