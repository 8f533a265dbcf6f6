package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Abs(-2.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(0.001))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Sqrt(-1))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(0), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, math.MaxInt8)
	fmt.Println(uint64(math.MaxUint64))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, -math.MaxFloat64*float64(len(fmt.Sprint(12))))
}
