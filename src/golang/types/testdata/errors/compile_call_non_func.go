package main

import "fmt"

func main() {
	x := 5
	x()
	var s []int
	s.Len()
	fmt.Println(x)
}
