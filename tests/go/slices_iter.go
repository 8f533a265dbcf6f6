package main

import (
	"fmt"
	"slices"
)

func main() {
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values([]int{7, 8})), slices.Sorted(slices.Values([]int{3, 2, 1})))
	chunks := [][]int{}
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		chunks = append(chunks, ch)
	}
	fmt.Println(chunks)
	for i, v := range slices.All([]string{"a", "b"}) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
}
