package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxUint64)
	fmt.Println(math.MaxInt64 + 1)
	var f float32 = math.MaxFloat64
	fmt.Println(f)
}
