package main

import (
	"fmt"
	"time"
)

type Level int8

const (
	Debug Level = -4
	Info  Level = 0
	Error Level = 8
)

const Timeout = 3 * time.Second / 2

const mask uint8 = 0xF0

func main() {
	fmt.Println(Debug*2, Error/3, Error%3, -Debug, Debug<<1, ^Info)
	fmt.Println(Timeout, Timeout.Milliseconds(), time.Duration(1.5*float64(time.Second)))
	fmt.Println(mask>>4, mask&^0x30, ^mask, mask|0x0F == 0xFF)
	const f32 float32 = 0.1
	fmt.Println(f32*3, float64(f32), f32 == 0.1)
	const c complex64 = 1 + 2i
	fmt.Println(c*c, real(c), imag(c*2))
	fmt.Printf("%T %T %T\n", real(c), Timeout/time.Millisecond, Error<<1)
}
