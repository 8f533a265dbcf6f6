package main

import (
	"fmt"
	"os"
	"strings"
)

func helper() int {
	unused := 1
	return "x"
}

func main() {
	a := 1
	b := "s" + 1
	var c int = "c"
	d := undefinedThing
	func() {
		e := 2
		var f string = 3
	}()
	g := []int{1, "2"}
	h := map[string]int{"a": "b"}
	fmt.Println(b, c, d, g, h)
	i := 1
	i = "i"
}
