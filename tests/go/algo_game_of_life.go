package main

import (
	"fmt"
	"strings"
)

type Board [][]bool

func parse(rows ...string) Board {
	b := make(Board, len(rows))
	for i, r := range rows {
		b[i] = make([]bool, len(r))
		for j, c := range r {
			b[i][j] = c == '#'
		}
	}
	return b
}

func (b Board) alive(i, j int) bool {
	h, w := len(b), len(b[0])
	return b[(i+h)%h][(j+w)%w]
}

func (b Board) Step() Board {
	next := make(Board, len(b))
	for i := range b {
		next[i] = make([]bool, len(b[i]))
		for j := range b[i] {
			n := 0
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					if (di != 0 || dj != 0) && b.alive(i+di, j+dj) {
						n++
					}
				}
			}
			next[i][j] = n == 3 || (n == 2 && b[i][j])
		}
	}
	return next
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := parse(".#....", "..#...", "###...", "......", "......", "......")
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
}
