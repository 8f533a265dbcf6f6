package main

import "fmt"

func main() {
	fmt.Println(len(5), cap(map[int]int{}))
	append([]int{}, 1)
	x := append(1, 2)
	var m map[string]int
	delete(m, 1)
	fmt.Println(x, make(int), new(5))
}
