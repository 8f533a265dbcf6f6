package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Wrap struct{ Base }

type IDer interface{ ID() int }

func main() {
	var a IDer = Wrap{Base{1}}
	fmt.Println(a, Wrap{}.ID())
}
