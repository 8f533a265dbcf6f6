package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Sq struct{ s float64 }

func (q Sq) Area() float32     { return float32(q.s) }
func (q *Sq) Scale(f float64)  {}
func (q Sq) Name(x int) string { return "" }

type Named interface{ Name() string }

func main() {
	var a Shape = &Sq{}
	var n Named = Sq{}
	fmt.Println(a, n)
}
