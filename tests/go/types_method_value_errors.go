package main

import "fmt"

type T struct{}

func (t *T) Ptr()  {}
func (t T) Val()   {}
func (T) Static(x int) int { return x }

func main() {
	T{}.Ptr()
	f := T.Ptr
	g := (*T).Val
	h := T.Static
	fmt.Println(h(T{}, 1), f, g)
	fmt.Println(T.Static(1))
	var m func(int) int = T{}.Static
	fmt.Println(m(2))
}
