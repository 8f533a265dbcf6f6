package main

import "fmt"

type P struct{ X int }

func (P) M() {}

func g(param int) {
	var w param
	fmt.Println(w)
}

func main() {
	loc := 1
	const lc = 2
	var p P
	var a loc
	var b lc
	var c p.X
	var d p.M
	var e P.M
	var h true
	var i string.x
	fmt.Println(a, b, c, d, e, h, i)
	_ = []loc{}
}
