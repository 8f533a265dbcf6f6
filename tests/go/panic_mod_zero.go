package main

import "fmt"

func main() {
	var d int8
	x := int8(7)
	fmt.Println(7.0/float64(d) > 0)
	fmt.Println(x % d)
}
