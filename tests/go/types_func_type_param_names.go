package main

import "fmt"

func double(x int) int { return x * 2 }

func main() {
	h := double
	h = func(s string) int { return len(s) }
	var keep = h
	keep = func() {}
	fmt.Println(h, keep)
}
