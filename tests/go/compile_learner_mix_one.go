package main

import "fmt"

type Stack []int

func (s Stack) Push(v int) {
	s = append(s, v)
}

func sum(nums ...int) int {
	total := 0
	for n := range nums {
		total += nums[n]
	}
	return total
}

func main() {
	var s Stack
	s.Push(1)
	xs := []int{1, 2, 3}
	fmt.Println(sum(xs))
	fmt.Println(sum(1, 2, xs...))
	if len(s) = 0 {
		fmt.Println("empty")
	}
}
