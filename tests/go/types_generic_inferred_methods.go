package main

import "fmt"

type Stringer interface{ String() string }

type ID int

type P struct{}

func (p *P) String() string { return "p" }

type W int

func (W) String() int { return 0 }

func Join[T Stringer](xs []T) string { return "" }

func One[T fmt.Stringer](x T) string { return x.String() }

func main() {
	fmt.Println(Join[ID]([]ID{1}))
	fmt.Println(One(P{}))
	fmt.Println(One(W(1)))
	fmt.Println(One(&P{}))
	fmt.Println(One(3))
}
