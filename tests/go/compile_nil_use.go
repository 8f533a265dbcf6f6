package main

import "fmt"

func main() {
	x := nil
	var s string = nil
	fmt.Println(x, s)
}
