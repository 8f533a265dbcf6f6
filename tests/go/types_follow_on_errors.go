package main

import "fmt"

type Item struct {
	Name  string
	Price Money
}

func load() []Item { return nil }

func main() {
	items := load()
	total := 0
	for _, it := range items {
		total += it.Price
	}
	x := undefinedFunc(1)
	y := x + 1
	z := []Unknown{}
	z = append(z, 1)
	m := map[string]Missing{}
	m["a"] = 3
	var w Nope = 5
	w.Do()
	fmt.Println(total, y, z, m, w)
}
