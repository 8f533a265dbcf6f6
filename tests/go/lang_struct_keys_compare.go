package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Segment struct{ A, B Point }

type Cell [2]int

type named interface{ Name() string }

type dog struct{ name string }

func (d dog) Name() string { return d.name }

type cat struct{ name string }

func (c *cat) Name() string { return c.name }

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}}
	for _, p := range path {
		visits[p]++
	}
	fmt.Println(visits)

	segs := map[Segment]string{{Point{0, 0}, Point{1, 1}}: "diag"}
	fmt.Println(segs[Segment{B: Point{1, 1}}], segs[Segment{Point{0, 1}, Point{1, 1}}] == "")

	grid := map[Cell]bool{{1, 2}: true}
	c := Cell{1, 2}
	fmt.Println(grid[c], c == Cell{1, 2}, c != [2]int{2, 1})

	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a == any(Point{2, 1}), a == any(Cell{1, 2}))

	d1, d2 := dog{"rex"}, dog{"rex"}
	var n1, n2 named = d1, d2
	fmt.Println("dogs equal:", n1 == n2)
	c1, c2 := &cat{"tom"}, &cat{"tom"}
	n1, n2 = c1, c2
	fmt.Println("cat pointers equal:", n1 == n2, n1 == named(c1))

	byIface := map[any]string{1: "int", "1": "string", Point{1, 1}: "point", 1.0: "float", [2]int{}: "array"}
	keys := make([]string, 0)
	for k, v := range byIface {
		keys = append(keys, fmt.Sprintf("%T=%s", k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	type pair struct {
		k string
		v *int
	}
	x := 1
	p1, p2 := pair{"a", &x}, pair{"a", &x}
	y := 1
	p3 := pair{"a", &y}
	fmt.Println(p1 == p2, p1 == p3)

	var ch1 = make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2, ch1 == make(chan int))

	arr1 := [3]string{"a", "b"}
	arr2 := [...]string{"a", "b", ""}
	fmt.Println(arr1 == arr2, len(arr2))

	defer func() { fmt.Println("recovered:", recover()) }()
	bad := map[any]int{}
	bad[[]int{1}] = 1
}
