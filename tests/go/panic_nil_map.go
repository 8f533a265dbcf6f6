package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(k string) {
	r.entries[k]++
}

func main() {
	var r Registry
	fmt.Println(r.entries["x"])
	r.Add("x")
}
