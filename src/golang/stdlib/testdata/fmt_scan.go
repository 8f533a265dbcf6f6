package main

import (
	"fmt"
	fm "fmt"
)

func main() {
	var a, a2 int
	var b string
	var c float64
	var u uint8
	var ok bool
	show := func(n int, err error) { fmt.Println(n, err, a, a2, b, c, u, ok) }
	show(fm.Sscan("42 hello 3.5", &a, &b, &c))
	show(fm.Sscanf("x=7 y=8", "x=%d y=%d", &a, &a2))
	show(fm.Sscan("abc", &a))
	show(fm.Sscan("", &a))
	show(fm.Sscan("5", &a, &b))
	show(fm.Sscan("1\n2", &a, &a2))
	show(fm.Sscanln("1\n2", &a, &a2))
	show(fm.Sscanln("3 4 5", &a, &a2))
	show(fm.Sscan("-12 255 true", &a, &u, &ok))
	show(fm.Sscanf("age: 30, name: bob", "age: %d, name: %s", &a, &b))
	show(fm.Sscanf("7-8", "%d-%d", &a, &a2))
	show(fm.Sscanf("7+8", "%d-%d", &a, &a2))
	show(fm.Sscan("1e3 -0.5", &c, &c))
}
