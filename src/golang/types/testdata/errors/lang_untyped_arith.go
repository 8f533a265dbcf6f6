package main

import "fmt"

const third = 1.0 / 3
const huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(third)
	fmt.Println(huge)
	fmt.Println(7/2, 7.0/2, 7/2.0)
	fmt.Println(-7/2, -7%2, 7%-2)
	var f float32 = third
	fmt.Println(f)
	var x = 1 << 10
	fmt.Printf("%T %v\n", x, x)
	y := 2.5
	fmt.Printf("%T %v\n", y, y)
	z := 'x'
	fmt.Printf("%T %v\n", z, z)
	c := 1 + 2i
	fmt.Printf("%T %v\n", c, c*c)
	const m = 10 / 4 * 4.0
	fmt.Println(m)
	const n = 10 / 4.0 * 4
	fmt.Println(n)
	var u uint8 = 255
	fmt.Println(u + 1 - 1)
	fmt.Println(^0, ^uint8(0))
}
