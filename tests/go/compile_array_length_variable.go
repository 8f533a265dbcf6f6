package main

import "fmt"

func histogram(values []int) []int {
	n := len(values)
	var buckets [n]int
	for _, v := range values {
		buckets[v%n]++
	}
	return buckets[:]
}

func main() {
	size := 4
	var grid [size][size]bool
	var ratios [0.5]float64
	fmt.Println(histogram([]int{1, 2, 3}), grid, ratios)
}
