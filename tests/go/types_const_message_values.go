package main

import (
	"fmt"
	"math"
)

func main() {
	var a int = 1.0 / 3
	var b uint8 = 'a' * 1000
	var c int32 = 1e10
	var d int = math.Pi
	var e int = 1e100
	var f uint = uint(0) - 1
	g := int64(math.MaxInt64) + 1
	var h int8 = -1 << 7 - 1
	var i rune = 'a' * 1000000000
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
