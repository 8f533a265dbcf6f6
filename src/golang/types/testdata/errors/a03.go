package main

import "fmt"

type T struct{ A int }

func main() {
	t := T{}
	fmt.Println(t.B, t.a)
	var p *T
	p.C()
}
