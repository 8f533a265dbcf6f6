package main

import "fmt"

func main() {
	var p *int
	var f func()
	var c chan int
	var m map[string]int
	var s []int
	var i interface{}
	fmt.Println(p, f == nil, c, m, s, i)
	fmt.Printf("%v %v %v %v %v\n", p, c, m, s, i)
	fmt.Printf("%p %p\n", p, s)
	fmt.Printf("%t\n", p == nil)
	fmt.Printf("%d\n", p)
	fmt.Printf("%#v %#v %#v %#v\n", c, m, s, i)
	x := 5
	q := &x
	fmt.Println(fmt.Sprintf("%p", q) == fmt.Sprintf("%p", &x), fmt.Sprintf("%v", q)[:2])
	type T struct{ P *int }
	fmt.Printf("%+v\n", T{nil})
}
