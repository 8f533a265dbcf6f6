package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(s[1], len(s))
	k := 10
	fmt.Println(s[k])
}
