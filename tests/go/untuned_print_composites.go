// Printing composites: nested structs, nil funcs/chans/maps/slices, %#v, []byte verbs, pointer-to-composite &{}.
package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	PIn   *Inner
	Any   any
	Err   error
	Fn    func()
	Ch    chan int
	M     map[Inner2]bool
	Bytes []byte
}

type Inner2 struct{ X, Y int8 }

func main() {
	o := Outer{Name: "o", In: Inner{1, []string{"x"}}, Any: Inner{2, nil}, Err: errors.New("bad"),
		M: map[Inner2]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true}, Bytes: []byte("hi")}
	fmt.Printf("%v\n%+v\n", o, o)
	p := &Inner{3, []string{"p", "q"}}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(p, []*Inner{nil}, [][]Inner{{{}}})
	fmt.Printf("%#v\n", Inner{4, []string{}})
	fmt.Printf("%#v\n", Inner2{-1, 2})
	fmt.Printf("%#v %#v %#v\n", any(nil), 3.0, "s")
	var ns []int
	es := []int{}
	var nm map[string]int
	fmt.Println(ns, es, nm, ns == nil, es == nil)
	fmt.Printf("%v %v %#v %#v %#v\n", ns, nm, ns, es, nm)
	fmt.Printf("%x %X %s %q\n", o.Bytes, "Hi", o.Bytes, o.Bytes)
	fmt.Printf("%d %v %s\n", []byte("ab"), [3]byte{1, 2, 3}, []string{"a"})
	fmt.Printf("%5.1v|%-6v|%06d|%x\n", 3.14159, true, -12, 3.5)
	fmt.Printf("%v %d %s\n", &o.In.A == &o.In.A, &[]int{1}, &map[string]int{"k": 1})
	fmt.Printf("%v %+v\n", struct{ P *int }{}, &struct{ Q []any }{[]any{nil, 1}})
	fmt.Print("a", "b", 1, 2, true, "c", nil, 3.5, "\n")
	fmt.Println(fmt.Sprintf("%08.3f|%+08d|%-8x|%#8o", -3.14159, 42, 255, 8))
	fmt.Println(fmt.Sprintf("%c%c%c %U", 72, 'i', 0x1F600, 0x1F600))
	type Pair struct {
		K string
		V *Pair
	}
	fmt.Printf("%+v\n", Pair{"a", nil})
}
