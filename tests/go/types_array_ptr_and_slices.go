package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	p := &arr
	fmt.Println(p[1], len(p), cap(p[1:]))
	for i, v := range p {
		fmt.Println(i, v)
	}
	s := arr[:]
	s = append(s, 4)
	s[0] = 9
	fmt.Println(arr, s, len(s), cap(s) >= 4)
	m := [2][2]int{{1, 2}, {3, 4}}
	m2 := m
	m2[0][0] = 0
	fmt.Println(m, m2, m == [2][2]int{{1, 2}, {3, 4}})
	full := s[1:2:3]
	fmt.Println(full, len(full), cap(full))
}
