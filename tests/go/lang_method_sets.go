package main

import "fmt"

type Walker interface{ Walk() string }
type Runner interface {
	Walker
	Run() string
}

type Legs struct{ n int }

func (l Legs) Walk() string { return fmt.Sprint("walk on ", l.n) }
func (l *Legs) Run() string { l.n++; return fmt.Sprint("run on ", l.n) }

type Robot struct {
	*Legs
	model string
}

type Cat struct{ Legs }

func main() {
	r := Robot{&Legs{2}, "r2"}
	var rn Runner = r
	fmt.Println(rn.Walk(), rn.Run(), r.n)
	c := Cat{Legs{4}}
	var w Walker = c
	fmt.Println(w.Walk())
	var rc Runner = &c
	fmt.Println(rc.Run(), c.n)
	_, ok := w.(Runner)
	fmt.Println(ok)
	_, ok = interface{}(&c).(Runner)
	fmt.Println(ok)
}
