// A tight loop: N iterations of two statements (`s += i`, `i++`).
package main

const N = 10_000_000

func main() {
	s := 0
	for i := 0; i < N; i++ {
		s += i
	}
	println(s)
}
