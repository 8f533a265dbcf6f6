package main

import "fmt"

func sum(a [3]int) int { return a[0] + a[1] + a[2] }

func main() {
	var a [4]int
	fmt.Println(sum(a))
	b := [2]int{1, 2, 3}
	var s []int = a
	c := [...]int{1, 2}
	var d [3]int = c
	fmt.Println(b, s, d)
}
