package main

import "fmt"

type Point struct {
	X int // x
	Y, Z int `json:"y"` // the rest
	name string
	*fmt.Stringer
	longFieldName map[string][]int `json:"long"`
}

type (
	A int
	LongName struct{ x int }
	C = string
)

const (
	Zero = iota // zero
	One
	Two   // two
	Three = "three"
)

var (
	a, bb int = 1, 2
	ccc       = "x" // ccc
	d   float64
)

var m = map[string]int{
	"one": 1,
	"three": 3, // three
	"a very long key indeed": 100,
}

var points = []Point{
	{X: 1, Y: 2},
	{X: 10, Y: 20, Z: 30},
}

func main() {
	x := Point{
		X: 1,
		Y: 2,
		longFieldName: nil,
	}
	fmt.Println(x, m, points, a, bb, ccc, d, Zero, One, Two, Three)
}
