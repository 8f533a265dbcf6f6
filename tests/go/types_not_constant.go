package main

import (
	"fmt"
	"math"
)

func two() int { return 2 }

func main() {
	const r = math.Sqrt(4)
	const n = len([]int{1, 2})
	const t = two()
	x := 3
	const y = x + 1
	const ok = len("abc")
	fmt.Println(r, n, t, y, ok)
}
