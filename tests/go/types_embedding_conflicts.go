package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

type C struct {
	A
	B
}

type D struct {
	A
	Name int
}

func main() {
	c := C{}
	fmt.Println(c.Name)
	d := D{}
	var s string = d.Name
	fmt.Println(s, d.A.Name)
	c.Missing()
}
