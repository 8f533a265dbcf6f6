package main

import "fmt"

func main() {
	var s uint = 3
	x := 1 << s
	var u8 uint8 = 1 << s
	var i64 int64 = 1 << 62
	const huge = 1 << 100
	fmt.Println(x, u8, i64, huge>>98, 2.0<<3)
	fmt.Printf("%T %T\n", 1<<s, 2.0<<3)
	var big uint64 = 1<<64 - 1
	fmt.Println(big, big>>63, -8>>1, -1<<3)
	fmt.Println(uint8(200)<<1, int8(-128)>>7)
}
