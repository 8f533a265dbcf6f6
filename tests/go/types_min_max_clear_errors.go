package main

import "fmt"

func main() {
	fmt.Println(min(), max(1, "a"), min([]int{1}))
	var s []int
	clear(s, s)
	clear(5)
	var m map[string]int
	clear(m)
	x := max(1.5, 2)
	var i int = x
	fmt.Println(min(1, 2.5), max('a', 1), i)
	var f float32 = 1
	fmt.Println(min(f, 2.5), min(f, 1e40))
}
