package main

import "fmt"

func main() {
	var a int = 123456789.5
	var b int = 1.5e-3
	var c uint16 = 0x1_0000
	var d int8 = 0b1000_0000
	var e int = 0.1 + 0.2
	var f byte = 'é'
	var g int = 1 + 1i
	var h float32 = 'x'
	var i int = "x" + "y"
	fmt.Println(a, b, c, d, e, f, g, h, i)
}
