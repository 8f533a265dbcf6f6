package main

import "fmt"

type (
	Celsius float64
	Fahrenheit float64
	Point struct{ X, Y int }
	Reader interface{ Read(p []byte) (n int, err error) }
	Handler func(string) error
)

type Empty struct{}

type Iface interface {
	Method(a int) string
	Other()

	Embedded
}

type Embedded interface{}

var (
	x = 1
	longName = "long"
	y int
	z, w = 2, 3
)

var single = 42

const Pi = 3.14

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}
func noBlankBefore() {}
func twoOneLiners() int { return 1 }
func three() int { return 3 }

func variadic(prefix string, args ...interface{}) { fmt.Println(append([]interface{}{prefix}, args...)...) }

func main() {
	var p Point
	p.Move(1, 2)
	fmt.Println(p, x, longName, y, z, w, single, Pi, KB, MB, GB, Celsius(1), Fahrenheit(2))
	var (
		a = 1
		bb = 2
	)
	const c = 3
	type local struct {
		a int
		bbb string
	}
	fmt.Println(a, bb, c, local{})
	variadic("p", 1, 2)
}
