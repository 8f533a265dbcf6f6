package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }
type R struct {
	X int `json:"x"`
	Y int
}

func main() {
	p := P{1, 2}
	q := Q(p)
	r := R(p)
	anon := struct{ X, Y int }{3, 4}
	var p2 P = anon
	fmt.Println(q, r, p2, p == P(q), p == struct{ X, Y int }{1, 2})
	fmt.Printf("%T %T %+v\n", q, anon, r)
}
