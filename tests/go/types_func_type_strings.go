package main

import "strconv"

func f(a, b int, s ...string) (n int, err error) { return }
func g(int, string) {}

func main() {
	var x int = func(a, b int) {}
	var y int = f
	var z int = g
	var w int = strconv.Atoi
	_, _, _, _ = x, y, z, w
}
