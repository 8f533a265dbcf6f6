package main

import "fmt"

func main() {
	var f32 float32 = 1e40
	x := float32(-3.5e38)
	var tiny float32 = 1e-50
	var i int64 = 1e19
	var u uint = 1e20
	y := int8(1e2 * 2)
	fmt.Println(f32, x, tiny, i, u, y)
}
