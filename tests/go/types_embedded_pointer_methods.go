package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int   { return b.id }
func (b Base) Kind() string { return "base" }

type Wrap struct{ Base }
type WrapP struct{ *Base }

type IDer interface {
	ID() int
	Kind() string
}

func main() {
	var a IDer = &Wrap{Base{1}}
	var b IDer = WrapP{&Base{2}}
	fmt.Println(a.ID(), b.ID(), a.Kind(), b.Kind())
	w := Wrap{Base{3}}
	fmt.Println(w.ID(), w.Kind(), Wrap{}.Kind())
}
