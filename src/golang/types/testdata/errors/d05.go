package main

import "fmt"

func main() {
	var wg sync.WaitGroup
	fmt.Println(wg)
	x := []int{1,2,3}
	for i := range x {
		fmt.Println(x[i])
	}
	y := map[string]int{"a": 1, "a": 2}
	fmt.Println(y)
}
