package main

import "fmt"

func collatz(n uint64) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	best, arg := 0, 0
	for i := 1; i < 1000; i++ {
		if s := collatz(uint64(i)); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(arg, best)
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	lcm := 1
	for i := 1; i <= 20; i++ {
		lcm = lcm / gcd(lcm, i) * i
	}
	fmt.Println(lcm)
}
