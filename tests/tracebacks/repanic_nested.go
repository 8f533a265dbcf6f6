package main

import "fmt"

func check(xs []int, i int) int {
	return xs[i]
}

func sum(xs []int) (s int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			panic(r)
		}
	}()
	for i := 0; i <= len(xs); i++ {
		s += check(xs, i)
	}
	return s
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}))
}
