package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

func main() {
	shapes := []Shape{Rect{1, 2}, &Rect{3, 4}}
	for _, s := range shapes {
		fmt.Println(s.Area())
	}
}
