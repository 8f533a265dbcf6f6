package main

import "fmt"

func main() {
	x := 1
	f := func() {
		y := 2
		x = 3
	}
	f()
	fmt.Println()
}
