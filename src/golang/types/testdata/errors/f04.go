package main

import "fmt"

func main() {
	var u8 uint8 = 255
	var i64 int64 = 5
	var i int = 3
	fmt.Println(u8 + 1, i64 + i, i64 << i, 1.5 << 2, u8 << 1.5)
	var s = "abc"
	fmt.Println(s[10], "abc"[5], s[1:10])
	arr := [3]int{}
	fmt.Println(arr[1:5], arr[-1])
}
