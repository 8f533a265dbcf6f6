package main

import "fmt"

func main() {
	var a int
	var b string
	var c float64
	n, err := fmt.Sscan("42 hello 3.5", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("x=7 y=8", "x=%d y=%d", &a, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	var w1, w2 string
	n, err = fmt.Sscanln("one two\nthree", &w1, &w2)
	fmt.Println(n, err, w1, w2)
}
