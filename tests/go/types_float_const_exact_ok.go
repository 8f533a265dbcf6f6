package main

import (
	"fmt"
	"math"
)

func main() {
	const third = 1.0 / 3
	fmt.Println(third*3 == 1, third)
	x := 1.0 / 3
	fmt.Println(x*3 == 1)
	const huge = 1e300 * 1e8
	fmt.Println(huge / 1e299)
	var tiny float32 = 1e-50
	fmt.Println(tiny, float32(0.1), float64(float32(0.1)))
	fmt.Println(math.Pi, float32(math.Pi))
	const big = 1 << 80
	fmt.Println(big / (1 << 78), big * 1.5 / (1 << 80))
	fmt.Println(int64(1e18), uint64(1<<63), int(2.0e3))
}
