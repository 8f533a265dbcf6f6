package main

import (
	"fmt"
	"math"
)

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

func main() {
	const n = 2_000_000
	c := sieve(n)
	count, sum := 0, 0
	maxGap, gapAt, prev := 0, 0, 2
	for i, isComp := range c {
		if isComp {
			continue
		}
		count++
		sum += i
		if i-prev > maxGap {
			maxGap, gapAt = i-prev, prev
		}
		prev = i
	}
	fmt.Println("primes below", n, ":", count)
	fmt.Println("sum:", sum)
	fmt.Println("largest gap:", maxGap, "after", gapAt)
	fmt.Printf("density vs 1/ln(n): %.4f %.4f\n", float64(count)/n, 1/math.Log(n))
	twins := 0
	for i := 3; i+2 <= n; i += 2 {
		if !c[i] && !c[i+2] {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
}
