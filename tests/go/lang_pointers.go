package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	var np *int
	fmt.Println(np == nil, np)
	a, b := newInt(1), newInt(1)
	fmt.Println(a == b, *a == *b)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 10
	fmt.Println(x)
	s := []int{1, 2, 3}
	e := &s[1]
	*e = 20
	fmt.Println(s)
	type T struct{ v int }
	t := new(T)
	t.v = 5
	fmt.Println(t.v, (*t).v, *t)
	q := new(int)
	fmt.Println(*q)
}
