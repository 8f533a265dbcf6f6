package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	a := [4]int(s)
	a[0] = 9
	fmt.Println(a, s)
	b := [2]int(s[2:])
	fmt.Printf("%v %T\n", b, b)
	var empty []int
	z := [0]int(empty)
	fmt.Println(len(z))
	defer func() { fmt.Println("recovered:", recover()) }()
	c := [5]int(s)
	fmt.Println(c)
}
