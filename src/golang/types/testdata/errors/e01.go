package main

import "fmt"

func F[T comparable](a, b T) bool { return a == b }

func G[T any](a, b T) bool { return a == b }

func main() {
	fmt.Println(F([]int{}, nil))
	fmt.Println(F(1, "a"))
	var f = F
	fmt.Println(f)
}
