package main

import "fmt"

func main() {
	x := 1
	x == 2
	fmt.Sprintf("%d", x)
	len("abc")
	append([]int{}, 1)
}
