package main

import "fmt"

func main() {
	a := [2]int{1, 2, 3}
	b := []int{0: 1, 0: 2}
	c := map[string]int{"x": 1, "x": 2}
	d := [...]string{5: "e", "f"}
	e := []int{-1: 3}
	f := int{1}
	fmt.Println(a, b, c, d, e, f)
}
