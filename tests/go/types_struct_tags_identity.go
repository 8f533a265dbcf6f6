package main

import "fmt"

type A struct {
	Name string `json:"name"`
}

type B struct {
	Name string `json:"n"`
}

func main() {
	a := A{"x"}
	b := B(a)
	var c B = a
	var d struct {
		Name string `json:"name"`
	} = a
	var e struct{ Name string } = a
	fmt.Println(b, c, d, e)
}
