package main

import "fmt"

type T struct{ n int }
type A = T
type B = int

func (a A) Get() int { return a.n }
func (b B) Bad()     {}

func main() {
	fmt.Println(T{3}.Get())
}
