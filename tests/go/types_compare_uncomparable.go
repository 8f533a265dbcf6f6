package main

import "fmt"

type Pair struct {
	names []string
}

func main() {
	a, b := []int{1}, []int{1}
	fmt.Println(a == b)
	f, g := func() {}, func() {}
	fmt.Println(f == g)
	p, q := Pair{}, Pair{}
	fmt.Println(p == q)
	m := map[string]int{}
	fmt.Println(m == m)
	fmt.Println(a == nil, f != nil, m == nil)
}
