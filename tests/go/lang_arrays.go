package main

import "fmt"

type Grid [3][3]int

func modify(a [3]int)   { a[0] = 100 }
func modifyP(a *[3]int) { a[0] = 100 }

func main() {
	var a [3]int
	b := [...]string{"x", "y", "z"}
	c := [5]int{1: 10, 3: 30}
	fmt.Println(a, b, c, len(c))
	modify(a)
	fmt.Println(a)
	modifyP(&a)
	fmt.Println(a)
	d := a
	d[1] = 5
	fmt.Println(a == d, a != d, d)
	var g Grid
	g[1][1] = 5
	fmt.Println(g)
	s := c[1:4]
	s[0] = 99
	fmt.Println(c, s)
	for i, v := range b {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	p := &b
	for i := range p {
		p[i] += "!"
	}
	fmt.Println(b, len(p))
	m := map[[2]int]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(m[[2]int{1, 2}], m)
}
