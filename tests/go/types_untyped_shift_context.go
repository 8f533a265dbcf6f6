package main

import "fmt"

func main() {
	var s uint = 2
	var f float64 = float64(1 << s)
	var i64 int64 = 1 << s
	var u8 = uint8(1) << 7 << s
	x := 1 << s << 1
	fmt.Println(f, i64, u8, x)
	fmt.Printf("%T %T\n", 1<<s, uint16(1)<<s)
	var arr [1 << 3]int
	fmt.Println(len(arr), 10>>s, -10>>s, int8(-128)>>s)
	fmt.Println(1<<(s+62), uint64(1)<<(s+62), int32(1)<<31)
}
