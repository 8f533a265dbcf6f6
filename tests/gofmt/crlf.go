package main

import "fmt"

// hi
func main() {
	s := `a
b`
	/* c
	d */
	fmt.Println(s) // x
}
