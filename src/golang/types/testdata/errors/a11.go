package main

import "fmt"

func main() {
	var x interface{ M() }
	s := x.(string)
	fmt.Println(s)
	n := 5
	_ = n.(int)
}
