package main

import "fmt"

type S struct{}

func (s S) M() {}
func (s *S) N() {}

type I interface {
	M()
	N()
}

func main() {
	var i I = S{}
	var j I = &S{}
	fmt.Println(i, j)
	S{}.N()
	var p **S
	p.M()
}
