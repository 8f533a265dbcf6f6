package main

import "fmt"

func main() {
	a := 1.5 << 2
	var s uint = 3
	var f float64 = 1 << s
	x := 2.0 << 1
	n := 1 << -1
	var y int = 1 << 1.5
	fmt.Println(a, f, x, n, y)
}
