package main

import "fmt"

func main() {
	x := 1
	y := 2.5
	fmt.Println(x * y)
	var z float64 = x
	fmt.Println(z, float64(x)*y)
}
