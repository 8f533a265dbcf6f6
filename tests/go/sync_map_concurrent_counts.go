package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func main() {
	var m sync.Map
	text := "the quick brown fox jumps over the lazy dog the end"
	var wg sync.WaitGroup
	for _, w := range strings.Fields(text) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, loaded := m.LoadOrStore(w, 1)
				if !loaded {
					return
				}
				if m.CompareAndSwap(w, v, v.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))

	v, ok := m.Load("the")
	fmt.Println(v, ok)
	m.Delete("the")
	_, ok = m.Load("the")
	fmt.Println("after delete:", ok)
	old, loaded := m.LoadAndDelete("fox")
	fmt.Println(old, loaded)
	prev, loaded := m.Swap("dog", 100)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndDelete("dog", 1), m.CompareAndDelete("dog", 100))
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println("stopped after", n)
	m.Clear()
	count := 0
	m.Range(func(any, any) bool { count++; return true })
	fmt.Println("after clear:", count)
}
