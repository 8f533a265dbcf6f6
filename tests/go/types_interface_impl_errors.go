package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() int { return int(s.side * s.side) }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

func main() {
	var a Shape = Square{2}
	var b Shape = Circle{1}
	shapes := []Shape{&Circle{2}, Square{1}}
	fmt.Println(a, b, shapes)
}
