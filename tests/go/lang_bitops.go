package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b, ^a&0xF)
	fmt.Println(1<<10, 1024>>3, -16>>2, uint8(1)<<7)
	x := uint32(0xDEADBEEF)
	fmt.Printf("%x %x %x\n", x>>16, x&0xFFFF, x<<4)
	fmt.Println(0o17, 0x1F, 1_000_000, 0b_1010)
	var flags uint8
	flags |= 1 << 2
	flags |= 1 << 0
	flags &^= 1 << 0
	fmt.Printf("%08b\n", flags)
	n := 37
	count := 0
	for v := n; v > 0; v &= v - 1 {
		count++
	}
	fmt.Println("popcount", count)
	var s int8 = -8
	fmt.Println(s>>1, s<<4, uint8(s)>>1)
	sh := 3
	fmt.Println(1<<sh, int64(1)<<(sh*10))
}
