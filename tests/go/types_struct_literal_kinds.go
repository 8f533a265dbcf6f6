package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1}
	q := Point{X: 1, 2}
	r := Point{Z: 3}
	s := []Point{{1, 2}, {X: "a"}}
	m := map[string]Point{"a": {1, 2, 3}}
	t := &Point{Y: 1, Y: 2}
	fmt.Println(p, q, r, s, m, t)
}
