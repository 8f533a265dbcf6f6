package main

import "fmt"

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M()            {}
func (T) N(s string) int { return 0 }

func main() {
	var i I = T{}
	fmt.Println(i)
}
