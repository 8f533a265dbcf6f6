package main

import "fmt"

func main() {
	s := "ab" * 3
	f := 2.5
	m := f % 2
	n := 7
	b := !n
	x := 2.5 & 1
	ok := true
	y := -ok
	fmt.Println(s, m, b, x, y)
}
