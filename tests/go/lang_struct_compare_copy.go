package main

import "fmt"

type Inner struct{ V [2]int }
type Outer struct {
	Name string
	In   Inner
	P    *int
}

func main() {
	n := 1
	a := Outer{"a", Inner{[2]int{1, 2}}, &n}
	b := a
	b.In.V[0] = 99
	*b.P = 5
	fmt.Println(a.In.V, b.In.V, *a.P, a == b)
	b.In = a.In
	fmt.Println(a == b)
	arr := [2]Outer{a, b}
	cp := arr
	cp[0].Name = "changed"
	fmt.Println(arr[0].Name, cp[0].Name)
	ms := map[string]Inner{"k": {}}
	v := ms["k"]
	v.V[1] = 7
	fmt.Println(ms["k"], v)
	ms["k"] = v
	fmt.Println(ms)
	type pair struct{ a, b interface{} }
	fmt.Println(pair{1, "x"} == pair{1, "x"}, pair{1, 2} == pair{1, int64(2)})
}
