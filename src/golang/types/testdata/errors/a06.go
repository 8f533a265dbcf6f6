package main

import "fmt"

func main() {
	s := []int{1, 2}
	m := map[string]int{}
	f := func() {}
	fmt.Println(s == s, m == m, f == f)
}
