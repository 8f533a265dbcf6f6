// Go 1.22 per-iteration loop variables: closures, pointers, goroutines and body modifications.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2], ptrs[0] != ptrs[1])

	// modifying the loop var inside the body affects the next iteration's copy
	var seen []int
	for i := 0; i < 10; i++ {
		defer func() { seen = append(seen, i) }()
		i += 2
	}
	func() {
		var got []int
		for i := 0; i < 10; i++ {
			got = append(got, i)
			i += 2
		}
		fmt.Println("stepped:", got)
	}()

	var wg sync.WaitGroup
	var mu sync.Mutex
	words := []string{"x", "y", "z"}
	var out []string
	for idx, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			out = append(out, fmt.Sprint(idx, w))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out)

	counter := func() func() int {
		c := 0
		return func() int { c++; return c }
	}
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())

	m := map[string]func(int) int{}
	for _, k := range []int{2, 3} {
		m[fmt.Sprint("times", k)] = func(n int) int { return n * k }
	}
	fmt.Println(m["times2"](5), m["times3"](5))
	defer fmt.Println("seen at exit (printed first):", len(seen))
}
