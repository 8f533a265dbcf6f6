package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	x := two()
	fmt.Println(two() + 1)
	var a, b, c = two()
	fmt.Println(x, a, b, c)
}
