package main

import "fmt"

type I interface{ M() }
type A struct{ n int }

func (a A) M() {}

func main() {
	var x interface{} = A{3}
	a := x.(A)
	fmt.Println(a.n)
	i, ok := x.(I)
	fmt.Println(i != nil, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	p, ok := x.(*A)
	fmt.Println(p, ok)
	var n interface{}
	_, ok = n.(int)
	fmt.Println(ok)
	var ii I = A{1}
	back, ok := ii.(A)
	fmt.Println(back, ok)
	if v, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer", v)
	} else {
		fmt.Println("not a stringer")
	}
}
