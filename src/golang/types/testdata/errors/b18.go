package main

import "fmt"

func main() {
	var m map[string]int
	v, ok := m["a"]
	a, b, c := m["a"]
	var ch chan int
	x, ok2 := <-ch
	fmt.Println(v, ok, a, b, c, x, ok2)
}
