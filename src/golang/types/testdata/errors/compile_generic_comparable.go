package main

import "fmt"

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Less[T any](a, b T) bool { return a < b }

func main() {
	fmt.Println(Contains([][]int{{1}}, []int{1}))
	fmt.Println(Less(1, 2))
}
