package main

import (
	"fmt"
	"os"
	"strings"
)

func helper(n int) string {
	a := 1
	b := "x"
	return n + b
}

func main() {
	x := 1
	y := 2
	var s string = x
	fmt.Println(undefined1)
	z := 3
	var t int = "a"
	w := 4
	q := 5
	fmt.Println(helper("a"), undefined2)
	r := 6
}

func tail() int {
	u := 1
}
