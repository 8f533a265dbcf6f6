package main

import "fmt"

func main() {
	func() {}
	f := func(x int) int {
		if x > 0 {
			return 1
		}
	}
	g := func() (n int) {
		n = 2
		return
	}
	func(s string) { fmt.Println(s) }
	go func() int { return 1 }
	defer func(a, b int) {}(1)
	fmt.Println(f, g)
	h := func() { return 1 }
	fmt.Println(h)
}
