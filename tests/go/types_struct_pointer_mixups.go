package main

import "fmt"

type Point struct{ X, Y int }

func move(p *Point) { p.X++ }

func show(p Point) { fmt.Println(p) }

func main() {
	p := Point{1, 2}
	move(p)
	q := &p
	show(q)
	var r Point = q
	var s *Point = p
	fmt.Println(r, s)
}
