package main

import (
	"fmt"
	"sync"
)

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int) *Grid[T] {
	return &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
}

func (g *Grid[T]) At(x, y int) T { return g.cells[y*g.w+x] }

func (g *Grid[T]) Reduce[A any](init A, f func(A, T) A) A {
	acc := init
	for y := 0; y < g.h; y++ {
		for x := 0; x <= g.w; x++ { // off by one: reads past the row end on the last row
			acc = f(acc, g.At(x, y))
		}
	}
	return acc
}

func main() {
	g := NewGrid[int](3, 2)
	for i := range g.cells {
		g.cells[i] = i + 1
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		total := g.Reduce(0, func(a, v int) int { return a + v })
		fmt.Println("total", total)
	}()
	wg.Wait()
}
