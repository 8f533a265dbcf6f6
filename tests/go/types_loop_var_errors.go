package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		i := "x"
	}
	nums := []int{1, 2}
	for i, n := range nums {
		n = "y"
	}
	for i := range nums {
		fmt.Println(nums[i] + "s")
	}
	var total int
	for _, n := range []float64{1.5} {
		total += n
	}
	fmt.Println(total)
}
