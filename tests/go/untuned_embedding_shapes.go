// Struct embedding: promoted methods and fields, pointer embeds, shadowing, interface satisfaction.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Describe() string { return "I am " + n.Name }
func (n *Named) Rename(s string) { n.Name = s }

type Logger struct{ lines []string }

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type Rect struct {
	Named
	W, H float64
}

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct {
	*Named
	*Logger
	R float64
}

func (c Circle) Area() float64 {
	c.Log("area of %s", c.Name)
	return math.Pi * c.R * c.R
}
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Describe() string   { return "circle " + c.Named.Describe() }

type Square struct {
	Rect
}

func NewSquare(s float64) Square { return Square{Rect{Named{"square"}, s, s}} }

func (s Square) Area() float64 { return s.Rect.Area() }

type describer interface{ Describe() string }

func main() {
	lg := &Logger{}
	shapes := []Shape{
		Rect{Named{"rect"}, 3, 4},
		Circle{&Named{"disc"}, lg, 1.5},
		NewSquare(2),
		&Rect{W: 1, H: 1},
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		d, ok := s.(describer)
		fmt.Printf("%-8T area=%7.3f perim=%7.3f describer=%v", s, s.Area(), s.Perimeter(), ok)
		if ok {
			fmt.Printf(" %q", d.Describe())
		}
		fmt.Println()
	}
	fmt.Printf("total %.4f\n", total)
	fmt.Println(lg.lines)
	sq := NewSquare(5)
	sq.Rename("big square")
	fmt.Println(sq.Name, sq.Rect.Named.Name, sq.Describe(), sq.W)
	c := shapes[1].(Circle)
	c.Rename("ring")
	fmt.Println(c.Describe(), c.Named.Describe(), len(c.lines))
	_, isPtr := shapes[3].(*Rect)
	_, isVal := shapes[3].(Rect)
	fmt.Println(isPtr, isVal)
	fmt.Printf("%+v\n", shapes[0])
}
