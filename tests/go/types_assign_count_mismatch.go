package main

import "fmt"

func two() (int, error) { return 1, nil }

func main() {
	a, b := 1
	c := two()
	d, e, f := two()
	var g, h int = 1, 2, 3
	i, j := fmt.Println("x")
	k, l = 1, 2
	fmt.Println(a, b, c, d, e, f, g, h, i, j)
}
