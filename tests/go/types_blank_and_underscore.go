package main

import "fmt"

func main() {
	_ = 1
	x := _
	var _ int = "s"
	_, _ = 1
	fmt.Println(_)
	_ := 3
	fmt.Println(x)
}
