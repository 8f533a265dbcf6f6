package main

import "fmt"

type Board struct {
	cells *[3][3]byte
	moves int
}

func (b *Board) Reset() {
	for r := range b.cells { // only the length: fine even when cells is nil
		for c := 0; c < 3; c++ {
			if b.cells != nil {
				b.cells[r][c] = '.'
			}
		}
	}
	b.moves = 0
}

func (b *Board) Play(r, c int, who byte) {
	b.cells[r][c] = who
	b.moves++
}

func (b *Board) String() string {
	s := ""
	for _, row := range b.cells {
		s += string(row[:]) + "\n"
	}
	return s
}

func main() {
	var nilSlice []int
	func() {
		defer func() { fmt.Println("nil slice:", recover()) }()
		nilSlice[0] = 1
	}()
	b := &Board{cells: new([3][3]byte)}
	b.Reset()
	b.Play(1, 1, 'X')
	fmt.Print(b)
	empty := &Board{}
	empty.Reset()
	fmt.Println("reset an empty board, moves:", empty.moves, "len:", len(empty.cells))
	empty.Play(0, 0, 'O')
	fmt.Println("unreachable")
}
