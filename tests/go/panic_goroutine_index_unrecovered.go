package main

import (
	"fmt"
	"sync"
)

type grid struct {
	w, h  int
	cells []byte
}

func (g *grid) at(x, y int) byte { return g.cells[y*g.w+x] }

func (g *grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			if g.at(x+dx, y+dy) == '#' {
				n++
			}
		}
	}
	return n
}

func main() {
	g := &grid{w: 3, h: 3, cells: []byte("#.##.#.#.")}
	fmt.Println("centre has", g.neighbours(1, 1), "neighbours")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("worker deferred print runs")
		// Corner cell: reads outside the slice.
		fmt.Println("corner has", g.neighbours(2, 2), "neighbours")
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
