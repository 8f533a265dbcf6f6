package main

import "fmt"

func main() {
	s := "hello"
	s[0] = 'H'
	m := map[string]struct{ n int }{}
	m["a"].n = 1
	fmt.Println(s)
}
