package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[1:5])
	i, j := 4, 2
	fmt.Println(s[i:j])
}
