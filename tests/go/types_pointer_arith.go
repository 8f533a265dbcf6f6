package main

import "fmt"

func main() {
	x := 5
	p := &x
	q := p + 1
	p++
	var n int = p
	fmt.Println(q, n, *p+1)
	y := *x
	fmt.Println(y)
}
