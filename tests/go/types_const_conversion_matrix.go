package main

import "fmt"

type Small int8

func main() {
	fmt.Println(int8(127), uint8(255), int16(-32768), uint16(65535))
	fmt.Println(Small(-128), float32(16777217), float64(1<<53+1))
	fmt.Println(string(rune(0x10FFFF)) == "\U0010FFFF", []byte(string(rune(0xD800))))
	fmt.Println(complex64(1+2i), real(complex64(3+4i)), imag(2i))
	const c = 'x' + 0.0
	fmt.Printf("%T %v\n", c, c)
	fmt.Printf("%T %v\n", 1+'a', 1+'a')
	fmt.Printf("%T %v\n", 2.0*3, 2.0*3)
	fmt.Printf("%T %v\n", 1i*1i, 1i*1i)
	const k = 10 / 4 * 4.0
	const l = 10 / 4.0 * 4
	fmt.Println(k, l)
}
