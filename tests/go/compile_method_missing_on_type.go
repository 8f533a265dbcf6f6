package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := Counter{}
	c.Inc()
	c.Dec()
	fmt.Println(c.count)
	s := "hello"
	fmt.Println(s.ToUpper(), strings.Reverse(s))
	fmt.Println(len(c))
}
