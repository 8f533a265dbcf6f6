package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.99
	n := -3.99
	fmt.Println(int(f), int(n), uint(f), int64(math.Floor(n)), int(math.Round(f)))
	big := 300
	fmt.Println(uint8(big), int8(big), byte(big-45), int8(-129+big*0))
	var r rune = 0x1F600
	fmt.Println(string(r), len(string(r)), []byte(string(r))[0])
	var b byte = 200
	fmt.Println(int8(b), rune(b), string(rune(b)), float32(b)/3)
	var i32 int32 = math.MaxInt32
	i32++
	fmt.Println(i32, uint32(i32), int64(i32)*2)
	u := uint(1)
	fmt.Println(u-2 > 0, int(u)-2)
}
