package main

import "fmt"

type Logger interface{ Log(string) }
type Saver interface{ Save() error }

type A struct{ ID int }
type B struct{ ID int }

type C struct {
	A
	B
	Logger
}

type D struct {
	*A
	Saver
}

func main() {
	c := C{}
	fmt.Println(c.ID)
	c.Log(1)
	d := D{}
	d.Save("x")
	var s Saver = d
	var l Logger = &c
	fmt.Println(s, l, d.ID, c.A.ID)
	c.Save()
}
