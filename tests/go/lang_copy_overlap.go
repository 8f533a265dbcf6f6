package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, s), copy(s, empty))
	m := map[string][]int{}
	base := make([]int, 0, 4)
	m["a"] = append(base, 1)
	m["b"] = append(base, 2)
	fmt.Println(m["a"], m["b"])
}
