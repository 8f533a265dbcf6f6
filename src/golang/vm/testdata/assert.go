package main

import "fmt"

func main() {
	var x any = "str"
	n := x.(int)
	fmt.Println(n)
}
