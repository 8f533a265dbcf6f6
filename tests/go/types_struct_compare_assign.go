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
	q := Q{1, 2}
	fmt.Println(p == q)
	var q2 Q = p
	q3 := Q(p)
	r := R(p)
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(q2, q3, r, p == anon, anon == q)
}
