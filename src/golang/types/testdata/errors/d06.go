package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Move(dx int) { p.X += dx }

func main() {
	p := Point{1, 2, 3}
	q := Point{X: 1, 2}
	var r *Point
	r.Move(1)
	Point.Move(p, 1)
	(*Point).Move(r, 1)
	fmt.Println(p, q, r.Z)
}
