package main

import "fmt"

const max8 int8 = 127

func main() {
	const u uint8 = 255
	fmt.Println(u + 1)
	fmt.Println(max8 * 2)
	const neg int16 = -32768
	fmt.Println(-neg)
	fmt.Println(^u, ^uint16(0), -max8-1)
	var v = max8
	v++
	fmt.Println(v)
}
