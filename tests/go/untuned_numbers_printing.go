// Printing floats (Println/%g/%e, float32), integer wraparound at run time, math functions, constants.
package main

import (
	"fmt"
	"math"
)

type Celsius float32
type ID uint16

func main() {
	fs := []float64{0, 1, -1.5, 1e20, 1e21, 123456789, 1e-4, 1e-5, 0.1 + 0.2, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), -math.Inf(1), math.NaN(), math.Copysign(0, -1)}
	for _, f := range fs {
		fmt.Println(f, float32(f), fmt.Sprintf("%v|%g|%.3e", f, f, f))
	}
	var c Celsius = 36.6
	fmt.Println(c, c*2, float64(c), Celsius(1)/3)
	id, m128, u200, m7 := ID(65535), int8(-128), uint8(200), -7
	fmt.Println(id+1, m128/-1, u200+100, m7/2, m7%2, 7>>1, m7>>1)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, ^0, ^uint8(0), 1<<62, uint64(1)<<63)
	fmt.Println(math.Round(-2.5), math.Floor(-2.5), math.Trunc(2.7), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Hypot(3, 4), math.Pow(2, 0.5), math.Log2(1024))
	f399 := 3.99
	fmt.Println(int(f399), int(-f399), int64(float32(16777217)), uint32(1<<32-1))
	x := 0.1
	sum := 0.0
	for range 10 {
		sum += x
	}
	fmt.Println(sum, sum == 1, math.Abs(sum-1) < 1e-9)
	fmt.Printf("%v %v %v\n", complex(1, -2), complex64(complex(0.5, 0)), real(complex(3, 4))*imag(complex(3, 4)))
	fmt.Println(1_000_000, 0x_FF, 0o777, 0b1010, 'a', "a"[0], 1e3)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big))
}
