package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%v x %v)", r.W, r.H) }

type Square struct {
	Rect
	label string
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var ErrNeg = errors.New("negative")

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func check(x int) error {
	if x < 0 {
		return fmt.Errorf("check %d: %w", x, ErrNeg)
	}
	if x == 0 {
		return &MyErr{code: 7}
	}
	return nil
}

func main() {
	shapes := []Shape{Rect{3, 4}, Square{Rect{2, 2}, "sq"}, &Rect{1, 1}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		if n, ok := s.(Named); ok {
			fmt.Println(n.String(), n.Area())
		}
	}
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String(), strings.ToUpper("abc"))
	err := check(-1)
	var me *MyErr
	fmt.Println(errors.Is(err, ErrNeg), errors.As(check(0), &me), me.code)
	sq := Square{Rect: Rect{W: 5, H: 5}}
	f := sq.Area
	g := Rect.Perimeter
	h := (*Rect).Area
	fmt.Println(f(), g(sq.Rect), h(&sq.Rect), sq.W)
}
