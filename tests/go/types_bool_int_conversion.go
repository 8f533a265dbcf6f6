package main

import "fmt"

func main() {
	b := true
	i := int(b)
	var c bool = 1
	n := 0
	if n {
	}
	x := bool(n)
	fmt.Println(i, c, x)
}
