package main

import (
	"fmt"
	"math"
)

func checkedAdd(a, b int32) (int32, bool) {
	c := a + b
	if (c > a) != (b > 0) {
		return c, false
	}
	return c, true
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wraps:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wraps:", u8)
	fmt.Println(checkedAdd(math.MaxInt32, 1))
	fmt.Println(checkedAdd(100, 23))

	x := 1
	for s := uint(0); s < 70; s += 15 {
		fmt.Print(x<<s, " ")
	}
	fmt.Println()
	var neg int64 = -16
	fmt.Println(neg>>2, neg>>63, uint64(neg)>>60)
	var u32 uint32 = 0xDEADBEEF
	fmt.Printf("%08x %08x %d\n", u32<<4, u32>>4, u32&0xFF)
	minInt := int64(math.MinInt64)
	fmt.Println(minInt/-1 == minInt, -minInt == minInt, minInt%-1)

	big := math.MaxInt64
	fmt.Println(big+1 == math.MinInt64, uint64(big)+1)
	f := 1e20
	fmt.Println(int64(float32(16777217)), uint8(257&0xff), int(f) == math.MinInt64, int32(f), uint64(f), uint32(-f/1e10))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, 7.0/2)
	fmt.Println(1<<10, 1<<62, uint64(1)<<63)
	var shift = 65
	var one32 int32 = 1
	var ffff uint16 = 0xFFFF
	fmt.Println(1<<shift, one32<<31, ffff+1)
	fmt.Println(^0, ^uint8(0), -(^0), 5&^3, 6|9, 6^3)
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv:", h)
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	fmt.Println(1 << n)
}
