package main

import (
	"fmt"
	"strings"
)

var numerals = []struct {
	v int
	s string
}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}}

func toRoman(n int) string {
	var b strings.Builder
	for _, nu := range numerals {
		for n >= nu.v {
			b.WriteString(nu.s)
			n -= nu.v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	total := 0
	for _, nu := range numerals {
		for strings.HasPrefix(s, nu.s) {
			total += nu.v
			s = s[len(nu.s):]
		}
	}
	return total
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Printf("%4d %-12s %d\n", n, r, fromRoman(r))
	}
}
