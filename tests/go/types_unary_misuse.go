package main

import "fmt"

func main() {
	s := +"a"
	t := -"b"
	ok := true
	n := ^ok
	f := 1.5
	g := ^f
	var u uint = 3
	fmt.Println(s, t, n, g, -u)
}
