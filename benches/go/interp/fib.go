// Recursive calls: fib(N) makes 2*fib(N+1)-1 calls.
package main

const N = 30

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(N))
}
