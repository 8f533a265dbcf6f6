package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func describe(prefix string, vals ...interface{}) {
	fmt.Println(prefix, len(vals), vals)
}

func modify(xs ...int) { xs[0] = 100 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b"), join(","))
	describe("x", 1, "two", 3.0)
	describe("nil", nil)
	describe("none")
	describe("spread", []interface{}{1, 2}...)
	modify(nums...)
	fmt.Println(nums)
	f := fmt.Sprintf
	fmt.Println(f("%d-%d", 1, 2))
	var g func(...int) int = sum
	fmt.Printf("%T %d\n", g, g(1, 1))
}
