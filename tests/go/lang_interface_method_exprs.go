package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

type byMetric struct {
	shapes []Shape
	metric func(Shape) float64
}

func (b byMetric) Len() int           { return len(b.shapes) }
func (b byMetric) Less(i, j int) bool { return b.metric(b.shapes[i]) < b.metric(b.shapes[j]) }
func (b byMetric) Swap(i, j int)      { b.shapes[i], b.shapes[j] = b.shapes[j], b.shapes[i] }

func names(shapes []Shape) string {
	var parts []string
	for _, s := range shapes {
		parts = append(parts, fmt.Sprintf("%v", s))
	}
	return strings.Join(parts, " ")
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, NewSquare(2), Circle{0.5}, Rect{1, 10}}

	area := Shape.Area
	perim := Shape.Perimeter
	sort.Sort(byMetric{shapes, area})
	fmt.Println("by area:", names(shapes))
	sort.Sort(byMetric{shapes, perim})
	fmt.Println("by perimeter:", names(shapes))

	var total float64
	for _, s := range shapes {
		f := s.Area // method value bound to the interface's dynamic value
		total += f()
	}
	fmt.Printf("total area %.3f\n", total)

	fmt.Printf("%T %T\n", area, Circle.String)
	sq := NewSquare(3)
	fmt.Println(sq.Area(), sq.Rect.Perimeter(), Square.Area(sq))
	counts := map[string]int{}
	for _, s := range shapes {
		switch s.(type) {
		case fmt.Stringer:
			counts["stringer"]++
		case Square:
			counts["square"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)

	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(80), len(memo))

	logf := func(format string, args ...any) string {
		return fmt.Sprintf("[log] "+format, args...)
	}
	fmt.Println(logf("%d shapes, first %v", len(shapes), shapes[0]))
	fmt.Println(logf("no args"))
	extra := []any{1, "two"}
	fmt.Println(logf("%v %v %v", extra...))

	defer func() { fmt.Println("recovered:", recover()) }()
	var s Shape
	_ = s.(fmt.Stringer)
}
