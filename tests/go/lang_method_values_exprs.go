package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Counter struct{ hits map[string]int }

func (c *Counter) Hit(name string) { c.hits[name]++ }

func apply(fs []func(), label string) {
	for _, f := range fs {
		f()
	}
	fmt.Println("applied", len(fs), label)
}

func main() {
	p := Point{1, 2}
	add := p.Add // receiver copied now
	p.X = 100
	fmt.Println(add(Point{10, 10}), p)

	scale := p.Scale // &p bound
	scale(2)
	fmt.Println(p)

	addExpr := Point.Add
	scaleExpr := (*Point).Scale
	q := Point{3, 4}
	scaleExpr(&q, 3)
	fmt.Println(addExpr(q, Point{1, 1}))

	str := Point.String
	fmt.Println(str(Point{7, 8}), fmt.Sprint(&q))

	c := &Counter{hits: map[string]int{}}
	hit := c.Hit
	var fs []func()
	for _, name := range []string{"a", "b", "a", "c", "a"} {
		fs = append(fs, func() { hit(name) })
	}
	apply(fs, "hits")
	keys := make([]string, 0)
	for k := range c.hits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, c.hits[k])
	}
	fmt.Println()

	upper := strings.ToUpper
	trans := []func(string) string{strings.TrimSpace, upper, strings.NewReplacer("O", "0").Replace}
	s := "  hello world  "
	for _, t := range trans {
		s = t(s)
	}
	fmt.Printf("%q\n", s)

	var ops = map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"*": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["+"](2, 3), ops["*"](2, 3), ops["-"] == nil)
	fmt.Printf("%T\n%T\n", addExpr, scaleExpr)
}
