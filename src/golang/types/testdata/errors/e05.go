package main

import "fmt"

type T struct{ a, b int }

func main() {
	t := T{1}
	u := T{1, 2, 3}
	v := T{a: 1, a: 2}
	w := T{c: 1}
	x := []int{0: 1, 0: 2}
	y := [2]int{1, 2, 3}
	fmt.Println(t, u, v, w, x, y)
}
