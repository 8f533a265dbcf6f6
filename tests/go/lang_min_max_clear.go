package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b", "ab"))
	x, y := 10, 20
	fmt.Println(min(x, y), max(x, y, 15))
	fmt.Println(min(1.0, math.NaN()), max(math.Inf(-1), 0))
	const c = min(1, 2.5)
	fmt.Printf("%T %v\n", c, c)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(m, len(m))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100))
}
