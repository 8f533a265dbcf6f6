// Struct and array map keys: a Game-of-Life world keyed by Coord, any-keyed maps.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Coord struct{ X, Y int }

type Cell struct {
	Alive bool
	Age   int
}

type World map[Coord]*Cell

func (w World) Neighbours(c Coord) int {
	n := 0
	for dx := -1; dx <= 1; dx++ {
		for dy := -1; dy <= 1; dy++ {
			if dx == 0 && dy == 0 {
				continue
			}
			if cell, ok := w[Coord{c.X + dx, c.Y + dy}]; ok && cell.Alive {
				n++
			}
		}
	}
	return n
}

func (w World) String() string {
	keys := make([]Coord, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Y != keys[j].Y {
			return keys[i].Y < keys[j].Y
		}
		return keys[i].X < keys[j].X
	})
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "(%d,%d)age%d ", k.X, k.Y, w[k].Age)
	}
	return strings.TrimSpace(sb.String())
}

func main() {
	w := World{}
	for _, c := range []Coord{{1, 0}, {1, 1}, {1, 2}} {
		w[c] = &Cell{Alive: true}
	}
	fmt.Println(w)
	for gen := 1; gen <= 2; gen++ {
		next := World{}
		for x := -1; x <= 3; x++ {
			for y := -1; y <= 3; y++ {
				c := Coord{x, y}
				n := w.Neighbours(c)
				old, alive := w[c]
				if alive && (n == 2 || n == 3) {
					next[c] = &Cell{true, old.Age + 1}
				} else if !alive && n == 3 {
					next[c] = &Cell{Alive: true}
				}
			}
		}
		w = next
		fmt.Println("gen", gen, w)
	}
	seen := map[[2]string]int{}
	pairs := [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}
	for _, p := range pairs {
		seen[p]++
	}
	fmt.Println(seen, len(seen))
	type key struct {
		name string
		id   int
	}
	m := map[key]string{{"x", 1}: "one", {"x", 2}: "two"}
	fmt.Println(m[key{"x", 2}], m[key{"y", 1}] == "", m)
	var iface = map[any]int{1: 1, "1": 2, 1.0: 3, Coord{}: 4, [1]int{}: 5}
	fmt.Println(len(iface), iface[1], iface["1"], iface[1.0], iface[Coord{0, 0}])
}
