package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int16 = -32768
	c = -c
	fmt.Println(c)
	var d int32 = 1 << 30
	d *= 4
	fmt.Println(d)
	var e uint32 = 1<<32 - 1
	e += 2
	fmt.Println(e)
	var f int64 = 1 << 62
	f *= 2
	fmt.Println(f)
	var g uint64 = 0
	g--
	fmt.Println(g)
	var h uint16 = 300
	fmt.Println(uint8(h), int8(h+100))
	x := -1
	fmt.Println(uint32(x), uint8(x), uint(x))
	var s int8 = -128
	fmt.Println(s/-1, s%-1)
	fmt.Println(int8(-128)>>1, uint8(128)>>1, int32(-1)<<31)
	var sh uint = 70
	one := int64(1)
	fmt.Println(1<<sh == 0, one<<63, one<<sh)
}
