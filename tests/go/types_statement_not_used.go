package main

import "fmt"

func main() {
	x := 3
	x + 1
	int(x)
	x == 3
	"hello"
	len("abc")
	fmt.Sprintf("%d", x)
	append([]int{}, x)
}
