package main

import (
	"fmt"
	"slices"
	"sort"
)

type item struct {
	key  int
	name string
}

func main() {
	var items []item
	for i := 0; i < 40; i++ {
		items = append(items, item{(i * 7) % 5, fmt.Sprint("n", i)})
	}
	a := slices.Clone(items)
	sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
	fmt.Println(a)
	b := slices.Clone(items)
	slices.SortFunc(b, func(x, y item) int { return x.key - y.key })
	fmt.Println(b)
	c := slices.Clone(items)
	sort.SliceStable(c, func(i, j int) bool { return c[i].key < c[j].key })
	fmt.Println(c)
	ints := make([]int, 50)
	for i := range ints {
		ints[i] = (i * 37) % 11
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
}
