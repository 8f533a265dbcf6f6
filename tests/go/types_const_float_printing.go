package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(1<<62*2.0, math.MaxUint32*2, -0.0, 1/3.0*3 == 1)
	fmt.Println(math.MaxInt8+1, math.Pi*1e10, 1e-7, 1e21, 123456789.0)
	fmt.Println(float32(1)/3, float32(16777216.0)+1, 1e38*10/10)
	const c = 3 + 4i
	fmt.Println(c/2, real(c)*imag(c), c*1i, -c)
	fmt.Printf("%v %T\n", 'a'*2.5, 'a'*2.5)
	fmt.Println(7.0/2, 7/2.0, 7/2, -7/2, -7.0/2, 1e2/3)
	fmt.Println(0.1+0.2, 0.3-0.1, 100*1.1, 3*0.1)
	x := 0.1
	fmt.Println(x+0.2, x*3, float32(x)*3)
	fmt.Println(math.Inf(1)-math.Inf(1) == 0, -math.MaxFloat64*2)
	const third = 1.0 / 3
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64, float64(f32) == f64)
	fmt.Println(uint8(255)+uint8(x), int64(-1)>>63, uint64(1)<<63>>63)
}
