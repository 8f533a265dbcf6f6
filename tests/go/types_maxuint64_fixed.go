package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat64)
	var u8 uint8 = math.MaxUint8
	u8++
	fmt.Println(u8, math.MaxInt8, math.MinInt16)
	fmt.Printf("%T %T\n", math.Pi, math.MaxInt32)
}
