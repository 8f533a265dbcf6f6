package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64       { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64  { return 2 * math.Pi * c.R }
func (s *Square) Area() float64      { return s.S * s.S }
func (s *Square) Perimeter() float64 { return 4 * s.S }

type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Tri struct{}

func (Tri) Area() float64      { return 1 }
func (Tri) Perimeter() float64 { return 3 }
func (Tri) Name() string       { return "tri" }

func main() {
	shapes := []Shape{Circle{1}, &Square{2}, Tri{}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	var s Shape
	fmt.Println(s == nil)
	var sq *Square
	s = sq
	fmt.Println(s == nil, s != nil)
	var ns NamedShape = Tri{}
	fmt.Println(ns.Name())
	var e interface{} = 42
	var e2 any = 42
	fmt.Println(e == e2)
	e = Circle{1}
	fmt.Println(e == Circle{1}, e == Circle{2})
	_, ok := e.(Shape)
	_, ok2 := e.(Named)
	fmt.Println(ok, ok2)
}
