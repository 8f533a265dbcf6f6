package main

import "fmt"

func main() {
	var i int = 2.5
	n := int(7.9)
	const half = 0.5
	var k int64 = half * 3
	var ok int = 2.0
	var e int = 1e3
	fmt.Println(i, n, k, ok, e)
}
