package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add1 := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(add1, dbl)(5), compose(dbl, add1)(5))
	x := 10
	set := func() { x = 20 }
	set()
	fmt.Println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	funcs := make([]func() int, 3)
	for i := 0; i < 3; i++ {
		funcs[i] = func() int { return i * i }
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	func() {
		fmt.Println("iife", x)
	}()
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5} {
		adders[fmt.Sprint(k)] = func(v int) int { return v + k }
	}
	fmt.Println(adders["1"](1), adders["5"](1))
}
