package main

import "fmt"

type T struct {
	name string
}

func (t T) name() string { return "" }

func main() {
	t := T{name: "x", age: 3}
	u := T{"a", "b"}
	fmt.Println(t, u)
}
