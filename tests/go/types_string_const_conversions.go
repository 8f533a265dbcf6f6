package main

import "fmt"

type Code string

const greeting = "hi"
const typed string = "t"

func main() {
	s := string(65.0)
	var c Code = typed
	d := Code(greeting) + typed
	e := greeting + Code("x")
	fmt.Println(s, c, d, e)
}
