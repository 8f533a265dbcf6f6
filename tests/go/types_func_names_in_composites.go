package main

import "fmt"

type Router struct {
	routes map[string]func(path string) int
	hooks  []func(event string)
}

func main() {
	handlers := map[string]func(name string) string{}
	var n int = handlers
	ch := make(chan func(v int))
	var m int = ch
	var p *func(x int)
	var q int = p
	r := Router{}
	var s int = r.routes
	r.hooks = append(r.hooks, func() {})
	arr := [2]func(a int){}
	var t int = arr
	fmt.Println(n, m, q, s, t)
}
