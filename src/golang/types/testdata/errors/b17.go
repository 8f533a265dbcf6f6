package main

import "fmt"

func main() {
	x := 10
	var p *int = &x
	var q **int = &p
	fmt.Println(*x, **q, &5, &x == p)
}
