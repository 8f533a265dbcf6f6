package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	d := 1 - 2i
	fmt.Println(c+d, c*d, c/d, c == d)
	var c64 complex64 = 1 + 1i
	fmt.Printf("%v %T %.2f\n", c64*c64, c64, c)
	fmt.Printf("%T %v\n", real(c64), imag(complex128(c64)))
}
