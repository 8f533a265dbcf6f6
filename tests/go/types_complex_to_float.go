package main

import "fmt"

func main() {
	var f float64 = 1 + 2i
	var g float64 = 3 + 0i
	var i int = 2i * 2i
	c := complex(1, 2)
	var h float64 = c
	fmt.Println(f, g, i, h)
}
