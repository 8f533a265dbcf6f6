package main

import (
	"fmt"
	"math"
)

const big = math.MinInt64 / -1
const typed int64 = math.MinInt64

func main() {
	x := -9223372036854775808 / -1
	fmt.Println(x)
	fmt.Println(math.MinInt64 / -1)
	fmt.Println(big, big/2)
	fmt.Println(typed / -1)
	fmt.Println(math.MinInt64 % -1)
	fmt.Println(math.MinInt64 / -1.0)
	var u uint64 = -(math.MinInt64 / -1)
	fmt.Println(u)
	fmt.Println(int64(math.MinInt64) / -1)
	fmt.Println((math.MinInt64 - 1 + 1) / -1)
	fmt.Println(-9223372036854775808 / (-1))
}
