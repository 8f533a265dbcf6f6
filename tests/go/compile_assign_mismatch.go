package main

import "fmt"

func pair() (int, int) { return 1, 2 }

func main() {
	a, b, c := pair()
	x := pair()
	var s string
	s = 3
	fmt.Println(a, b, c, x, s)
}
