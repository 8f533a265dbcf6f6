package main

import "fmt"

func main() {
	var x = nil
	y := nil
	var n int = nil
	var s string = nil
	fmt.Println(nil == nil)
	var m map[string]int = nil
	fmt.Println(x, y, n, s, m)
}
