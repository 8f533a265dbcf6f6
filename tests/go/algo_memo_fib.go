package main

import "fmt"

func main() {
	memo := map[int]uint64{}
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(50), fib(90), fib(93), fib(94))
	fmt.Println(len(memo))
	ways := make([]int, 11)
	ways[0] = 1
	for _, coin := range []int{1, 2, 5} {
		for v := coin; v <= 10; v++ {
			ways[v] += ways[v-coin]
		}
	}
	fmt.Println(ways)
}
