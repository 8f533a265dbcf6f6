package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	tags     []string
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q)
	r := Rect{Min: p, Max: Point{3, 4}, Name: "r"}
	fmt.Println(r)
	fmt.Printf("%v\n%+v\n", r, r)
	r2 := r
	r2.Min.X = 100
	fmt.Println(r.Min.X, r2.Min.X)
	pp := &r.Max
	pp.Y = 40
	fmt.Println(r.Max)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v\n", anon, anon)
	var zero Rect
	fmt.Printf("%+v\n", zero)
	ps := []Point{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].X *= 10
	}
	fmt.Println(ps)
	for _, pt := range ps {
		pt.Y = 0
	}
	fmt.Println(ps)
	type empty struct{}
	fmt.Println(empty{}, struct{}{} == struct{}{})
}
