package main

import "fmt"

func main() {
	var f func(int) int
	f = func(s string) int { return 0 }
	g := func() {}
	fmt.Println(f, g())
}
