package main

import (
	"fmt"
	"sync"
)

func counterGen() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	// Since Go 1.22 each iteration has its own i.
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()

	// Shared variable declared outside the loop.
	var shared int
	var fs []func() int
	for shared = 0; shared < 3; shared++ {
		fs = append(fs, func() int { return shared * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Goroutines capturing range variables.
	results := make([]string, 4)
	var wg sync.WaitGroup
	for i, word := range []string{"zero", "one", "two", "three"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fmt.Sprintf("%d:%s", i, word)
		}()
	}
	wg.Wait()
	fmt.Println(results)

	next, reset := counterGen()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()

	// Defers in a loop see their own iteration's value.
	func() {
		for i := range 3 {
			defer func() { fmt.Print("defer ", i, "; ") }()
		}
	}()
	fmt.Println()

	// Modifying the loop variable inside the body affects only that iteration.
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", n)] = func(x int) int { return x + n }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5), adders["add100"](5))
}
