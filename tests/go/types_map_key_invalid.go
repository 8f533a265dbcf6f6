package main

import "fmt"

type Key struct {
	tags []string
}

func main() {
	m := map[[]int]string{}
	n := map[Key]int{}
	o := map[func()]bool{}
	var p map[map[string]int]int
	fmt.Println(m, n, o, p)
}
