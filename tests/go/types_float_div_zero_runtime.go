package main

import (
	"fmt"
	"math"
)

func main() {
	f := 1.5
	zero := 0.0
	fmt.Println(f/zero, -f/zero, zero/zero == zero/zero)
	fmt.Println(math.IsInf(f/zero, 1), math.IsNaN(zero/zero))
	var c complex128 = 1
	fmt.Println(c / 0)
	n := 0
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(10 / n)
}
