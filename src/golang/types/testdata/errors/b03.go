package main

import "fmt"

type Base struct{ ID int }

func (b Base) Hello() string { return "hi" }

type A struct{ Base }
type B struct{ Base }
type C struct {
	A
	B
}

func main() {
	var c C
	fmt.Println(c.ID, c.Hello())
}
