package main

import "fmt"

func main() {
	var u uint8 = 255
	const c = 1.5
	var i int = c
	var f float32 = 1e100
	x := 1 << 70
	fmt.Println(u+1, i, f, x)
}
