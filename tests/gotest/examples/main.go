package main

import "fmt"

// Sum adds the numbers it is given.
func Sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	fmt.Println(Sum(1, 2, 3))
}
