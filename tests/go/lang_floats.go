package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0, 3.0/2, 1e21, 1e20, 1e-5, 123456789.0)
	fmt.Println(float32(0.1), float32(1)/3)
	var z float64
	fmt.Println(1/z, -1/z, z/z == z/z)
	fmt.Println(math.Inf(1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	big, fl := int64(1)<<53+1, 2.9
	fmt.Println(float64(big), int(fl), int(-fl))
	x := 2.0
	fmt.Println(x*x, math.Sqrt(x), math.Pi)
	fmt.Printf("%v %g %f %.2f %e %G\n", 1e6, 1e6, 1e6, 3.14159, 123456.789, 1e-10)
	fmt.Printf("%8.3f|%-8.2f|%+.1f|%08.3f\n", 3.14159, 2.5, 2.0, -1.5)
	fmt.Println(float32(16777217), float64(float32(0.1)))
	var f32 float32 = 1e38
	fmt.Println(f32*10, uint8(float64(200)))
}
