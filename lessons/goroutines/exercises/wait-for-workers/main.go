package main

import "fmt"

// SquareAll returns the square of every number in nums, computing each one
// in its own goroutine.
func SquareAll(nums []int) []int {
	squares := make([]int, len(nums))
	for i, n := range nums {
		go func() {
			squares[i] = n * n
		}()
	}
	return squares
}

func main() {
	fmt.Println(SquareAll([]int{1, 2, 3, 4, 5}))
}
