package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(m))
	fmt.Println(vals)
	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(c)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	collected := maps.Collect(maps.All(map[int]string{1: "one"}))
	fmt.Println(collected)
	ins := map[string]int{}
	maps.Insert(ins, maps.All(m))
	fmt.Println(ins)
	sum := 0
	for k, v := range maps.All(m) {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nilm map[string]int
	fmt.Println(maps.Clone(nilm) == nil)
}
