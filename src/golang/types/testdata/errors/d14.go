package main

import "fmt"

type T struct{}

func (t T) String() string { return "T" }

func main() {
	var s fmt.Stringer = T{}
	t := s.(T)
	u := s.(*T)
	v := s.(int)
	fmt.Println(t, u, v)
}
