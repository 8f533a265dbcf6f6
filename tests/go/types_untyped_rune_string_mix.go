package main

import "fmt"

func main() {
	s := "a" + 'b'
	var r rune = 'x'
	t := "y" + r
	var by byte = 'z'
	u := "q" + by
	fmt.Println(s, t, u)
}
