package main

import "fmt"

func main() {
	x := []int{1, 2, 3}
	fmt.Println(x[1.5], x["a"], x[-1])
	s := "abc"
	fmt.Println(s[5])
	s[0] = 1
}
