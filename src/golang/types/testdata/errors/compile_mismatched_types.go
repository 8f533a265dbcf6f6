package main

import "fmt"

func main() {
	var a int32 = 1
	var b int64 = 2
	fmt.Println(a + b)
	s := "n=" + 5
	fmt.Println(s)
	if a == "1" {
	}
}
