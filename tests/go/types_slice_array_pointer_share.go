// A slice converted to an array pointer shares the slice's array: writes, slices, ranges
// and method calls through it, `*p` as a value copies, and a nil slice gives a nil pointer.
package main

import "fmt"

type Pair [2]string

func (p Pair) Join() string { return p[0] + "+" + p[1] }

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s[1:])
	for i := range p {
		p[i] *= 10
	}
	fmt.Println(s, *p, len(p), cap(p[:]), p[1:])
	a := *p
	a[0] = -1
	fmt.Println(a, s)
	*p = [3]int{7, 8, 9}
	fmt.Println(s)
	q := &p[2]
	*q = 100
	(*p)[0] = 70
	fmt.Println(s, p, (*p)[1:])
	for i, v := range p {
		s[4] = 55
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Printf("%v %T %t\n", p, p, p == (*[3]int)(s[1:]))
	var nilS []int
	z := (*[0]int)(nilS)
	fmt.Println(z == nil, (*[0]int)(s) != nil)
	names := []string{"a", "b", "c"}
	pp := (*Pair)(names[1:])
	fmt.Println(pp.Join())
	pp[0] = "B"
	fmt.Println(names)
	arr := [2]int(s)
	arr[0] = 0
	fmt.Println(arr, s[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println((*[1]int)(nilS))
}
