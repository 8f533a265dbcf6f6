package main

import "fmt"

func main() {
	s := "hello"
	for i, r := range s {
		var b byte = r
		fmt.Println(i, b)
	}
	var r rune = s[0]
	fmt.Println(string(r), string(65))
}
