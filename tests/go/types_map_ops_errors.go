package main

import "fmt"

type Pt struct{ X int }

func main() {
	m := map[string]Pt{}
	m["a"].X = 1
	p := &m["a"]
	v, ok, extra := m["a"]
	counts := map[string]int{}
	counts["x"]++
	var nilmap map[string]int
	nilmap.x = 1
	fmt.Println(p, v, ok, extra, counts)
}
