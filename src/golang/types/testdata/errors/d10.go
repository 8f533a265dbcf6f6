package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, p.Val) }

func main() {
	p := Pair[string, int]{"a", 1}
	var q Pair[[]int, int]
	fmt.Println(p.String(), q, p.Missing)
}
