package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	fmt.Println(m, len(m))
	v, ok := m["z"]
	fmt.Println(v, ok)
	delete(m, "a")
	delete(m, "nope")
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	fmt.Println(nested)
	type key struct{ a, b int }
	sm := map[key]bool{{1, 2}: true}
	fmt.Println(sm[key{1, 2}], sm[key{2, 1}])
	im := map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(len(im), im["a"])
	fm := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(fm)
	bm := map[bool]string{true: "t", false: "f"}
	fmt.Println(bm)
}
