package main

import "fmt"

func main() {
	m := map[string]int{}
	m = append(m, 1)
	n := 5
	fmt.Println(len(n), cap(m))
	delete(m)
	s := []int{}
	delete(s, 0)
	close(s)
	x := make(int)
	y := new(5, 6)
	copy(s, "ab")
	fmt.Println(x, y)
}
