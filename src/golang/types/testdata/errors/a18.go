package main

import "fmt"

type T int

func (T) String() string { return "" }
func (T) String() string { return "x" }

func main() {
	var t T
	fmt.Println(t.Foo)
	fmt.Println(T.Bar)
}
