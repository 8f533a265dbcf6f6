package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, loaded := m.LoadOrStore("a", 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("c", 3)
	fmt.Println(v, loaded)
	m.Delete("b")
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	prev, loaded := m.Swap("a", 10)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("a", 10, 12), m.CompareAndDelete("zz", 1))
	m.Store("d", 4)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	m.Clear()
	_, ok = m.Load("a")
	fmt.Println(ok)
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return new([]byte)
	}}
	b := p.Get().(*[]byte)
	fmt.Println(created, len(*b))
	var ip sync.Pool
	fmt.Println(ip.Get())
}
