package main

import (
	"fmt"
	"math"
)

func average(xs []int) float64 {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	var ratio float64 = 0.5
	n := 10
	fmt.Println(n * ratio)
	fmt.Println(math.Sqrt(n))
	fmt.Println(average([]int{1, 2}))
}
