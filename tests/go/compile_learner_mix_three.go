package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
}

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14 * c.R * c.R }

func biggest(shapes []Shape) Shape {
	var best Shape
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

func main() {
	circles := []Circle{{1}, {2}}
	fmt.Println(biggest(circles))
	var s Shape = Circle{3}
	c := s.(Circle)
	fmt.Println(c.R, s.R)
	err := errors.New("x")
	if err != nil {
		return err
	}
}
