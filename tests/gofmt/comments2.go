package main

import "fmt"

const (
	// A is first.
	A = iota
	B // second

	C // after blank
)

func f(
	a int, // the a
	// b comes next
	b int,
) int {
	return a + b /* sum */
}

func g() (x int) {
	x = 1 /* one */ + 2
	if x > 1 { // big
		x--
	} else { // small
		x++
	}
	// before switch
	switch x {
	case 1: // one
		x = 2
		// end of case 1
	case 2:
		/* block */
		x = 3
	}
	return
}

type S struct{} // empty

var v = []int{
	1, // one
	2,
	// three
	3,
}

func h() {
	fmt.Println("x") /* trailing block */
	/* leading block */ fmt.Println("y")
}

func main() {
	fmt.Println(f(1, 2), g(), v) // all
	h()
}

/* final
   block */
