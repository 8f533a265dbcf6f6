// Copyright notice.

// Package main is about comments.
package main

import "fmt" // fmt

/*
   A block comment
   over lines.
*/

// T is a type.
type T struct {
	// A is documented.
	A int // trailing
	/* inline */ B string
}

// f does things.
func f(a int /* the a */, b int) int {
	// leading
	x := a + b // sum

	/* block */
	return x // done
	// after return
}

func g() {
	// only a comment
}

func main() {
	fmt.Println(f(1, 2)) // call
	switch {
	// before case
	case true:
		// inside case
		fmt.Println()
	}
	var t = T{
		A: 1, // one
		// two comes next
		B: "two",
	}
	_ = t
} // end of main

// trailing file comment
