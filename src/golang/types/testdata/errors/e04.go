package main

import "fmt"

func main() {
	x := 1
	y := 2
	if x := 3; x > 0 {
		fmt.Println("a")
	}
	for i := 0; i < 3; {
		z := i
	}
	func() {
		w := 1
	}()
}
