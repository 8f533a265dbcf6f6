package main

import "fmt"

type Gen func() (int, bool)

func fromSlice(xs []int) Gen {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func mapGen(g Gen, f func(int) int) Gen {
	return func() (int, bool) {
		v, ok := g()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		cache[n] = f(n)
		return cache[n]
	}, &misses
}

func main() {
	g := mapGen(fromSlice([]int{1, 2, 3}), func(x int) int { return x * 10 })
	for v, ok := g(); ok; v, ok = g() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sq, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		fmt.Print(sq(n), " ")
	}
	fmt.Println("misses:", *misses)
	acc := 0
	add := func(n int) func() {
		return func() { acc += n }
	}
	fs := []func(){add(1), add(10), add(100)}
	for _, f := range fs {
		f()
		f()
	}
	fmt.Println(acc)
}
