package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	x := 1
	var y int
	z, w := 2, 3
	_ = w
	a := []int{}
	a = append(a, 1)
	f := func() {}
	fmt.Println()
}
