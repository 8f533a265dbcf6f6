package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"R", "G"}[c] }

func main() {
	var c Color = Green
	var i int = c
	c = 5
	c = i
	b := true && 1
	s := "a" + 'b'
	r := 'a' + "b"
	var u uint = 3
	var n int = 2
	fmt.Println(u + n, c + 1, i, b, s, r, Red.String(), Color.String(Red))
	fmt.Println(len(5), cap("abc"), c.Foo())
	var arr [2]int
	arr = [3]int{}
	var sl []int = arr
	fmt.Println(sl[:], arr)
}
