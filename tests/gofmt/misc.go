package main

import (
	. "fmt"
	_ "os"
	str "strings"
)

type Kind int

const (
	KA Kind = iota // first
	KB
	KC Kind = 10
)

type T struct {
	a int
}

func (t *T) M() int { return t.a }

type Num interface {
	~int | ~int8 |
		~int16
}

func G[T interface{ ~int }](x T) T { return x }

func named() (n int, err error) { return }

var (
)

func main() {
	f := (*T).M
	var c = (<-chan int)(nil)
	ptrs := []*T{{a: 1}, {a: 2}}
	fns := map[string]func() int{
		"a": func() int {
			return 1
		},
		"bb": func() int { return 2 },
	}
	anon := struct{ a int }{1}
	tagged := struct {
		A int `json:"a"`
		B string `json:"b,omitempty"`
	}{}
	for ;; {
		break
	}
	if x := G(3); x > 2 {
		Println(x)
	}
	var v interface{} = 1
	switch v.(type) {
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	default:
	}
	a, b := named()
	func() { /* nothing */ }()
	{ // block comment
	}
L:
	;
	Println(f, c, ptrs, fns, anon, tagged, a, b, str.ToUpper("x"), KA, KB, KC)
	goto L2
L2:
}

func empty() { // nothing here
}

type Paren (int)

type Fields struct {
	a (*int)
	b ([]string)
}

var pv (*Paren)
