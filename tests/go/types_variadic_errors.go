package main

import "fmt"

func sum(base int, xs ...int) int { return base + len(xs) }

func main() {
	xs := []int{1, 2}
	fmt.Println(sum(xs...))
	fmt.Println(sum(1, 2, xs...))
	ys := []float64{1}
	fmt.Println(sum(0, ys...))
	fmt.Println(sum())
	args := []string{"a"}
	fmt.Println(args...)
}
