package main

import (
	"fmt"
	"strconv"
)

func pair() (int, int) { return 1, 2 }

func main() {
	n := strconv.Atoi("5")
	x := pair() + 1
	var s string = strconv.Itoa(pair())
	a, b, c := pair()
	fmt.Println(n, x, s, a, b, c)
}
