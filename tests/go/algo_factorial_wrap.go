package main

import "fmt"

func main() {
	var f uint64 = 1
	var g int32 = 1
	for i := 1; i <= 25; i++ {
		f *= uint64(i)
		g *= int32(i)
		if i >= 12 {
			fmt.Println(i, f, g)
		}
	}
	fib := [2]uint8{0, 1}
	for i := 0; i < 15; i++ {
		fib[0], fib[1] = fib[1], fib[0]+fib[1]
	}
	fmt.Println(fib)
}
