package main

import "fmt"

func main() {
	var i int = 7
	var f float64 = 2
	fmt.Println(float64(i)/f, i/int(f), i%3, -7/2, -7%2, 7>>1, -7>>1)
	var u8 uint8 = 200
	var i8 int8 = int8(u8)
	fmt.Println(u8+100, i8, uint16(i8), int(u8)*2)
	x := 0.1
	fmt.Println(x+0.2, float32(x)+0.2, int(-2.7), int(2.7), uint8(int(-1)&0xff))
	var big int64 = 1 << 40
	fmt.Println(int32(big), int16(big+5), uint32(big-1))
}
