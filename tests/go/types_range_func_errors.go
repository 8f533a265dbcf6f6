package main

import "fmt"

func bad1(f func(int)) {}

func bad2(yield func(int) int) {}

func good(yield func(int, string) bool) {}

func noYield() {}

func main() {
	for x := range bad1 {
		fmt.Println(x)
	}
	for x := range bad2 {
		fmt.Println(x)
	}
	for a, b, c := range good {
		fmt.Println(a, b, c)
	}
	for x := range noYield {
		fmt.Println(x)
	}
	for k, v := range good {
		var s string = k
		fmt.Println(s, v)
	}
}
