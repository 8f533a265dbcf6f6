package main

import "fmt"

type Counter struct{ n int }

func main() {
	x := 5
	fmt.Println(x())
	c := Counter{}
	c.n()
	s := "hi"
	s.Len()
	fmt.Println(c.Inc())
}
