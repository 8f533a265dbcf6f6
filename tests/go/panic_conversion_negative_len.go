package main

import "fmt"

func window(data []int, start, size int) []int {
	out := make([]int, size)
	copy(out, data[start:])
	return out
}

func main() {
	data := []int{1, 2, 3, 4, 5}
	fmt.Println(window(data, 1, 3))
	fmt.Println(window(data, 4, 2))
	size := len(data) - 7
	fmt.Println("size", size)
	fmt.Println(window(data, 0, size))
}
