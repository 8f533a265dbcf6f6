// Exp, Pow, Hypot and their relatives print the same last digit as real Go: inputs spread
// over each function's range (a fixed xorshift sequence), special values, huge arguments
// to the trigonometric functions, and float-to-integer conversions out of range.
package main

import (
	"fmt"
	"math"
)

var state uint64 = 0x9e3779b97f4a7c15

func next() float64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return float64(state>>11) / (1 << 53)
}

func sample(scale float64) []float64 {
	xs := make([]float64, 12)
	for i := range xs {
		xs[i] = (next() - 0.5) * scale
	}
	return xs
}

func unary() {
	funcs := []struct {
		name  string
		f     func(float64) float64
		scale float64
	}{
		{"Exp", math.Exp, 1400}, {"Exp2", math.Exp2, 2000}, {"Expm1", math.Expm1, 3},
		{"Log1p", math.Log1p, 1.9}, {"Cbrt", math.Cbrt, 1e6}, {"Sinh", math.Sinh, 40},
		{"Cosh", math.Cosh, 40}, {"Tanh", math.Tanh, 4}, {"Asinh", math.Asinh, 100},
		{"Atanh", math.Atanh, 1.9},
	}
	for _, fn := range funcs {
		for _, x := range sample(fn.scale) {
			fmt.Printf("%s(%v) = %v\n", fn.name, x, fn.f(x))
		}
	}
	for _, x := range sample(50) {
		fmt.Println("Acosh", x, math.Acosh(math.Abs(x)+1))
	}
}

func binary() {
	xs, ys := sample(20), sample(8)
	for i, x := range xs {
		y := ys[i]
		fmt.Println("Pow", x, y, math.Pow(math.Abs(x), y), math.Pow(x, math.Trunc(y)))
		fmt.Println("Hypot", x, y, math.Hypot(x, y), math.Hypot(x*1e200, y*1e200))
		fmt.Println("Remainder", x, y, math.Remainder(x, y), math.Mod(x, y))
	}
	for i := -3; i <= 3; i++ {
		fmt.Println("Ldexp", math.Ldexp(0.7, i*360), math.Ldexp(1.5, -1070+i))
	}
}

func specials() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -2, math.Inf(1), math.Inf(-1), math.NaN(), 709.79, -746}
	for _, x := range vals {
		fmt.Println(x, math.Exp(x), math.Expm1(x), math.Log1p(x), math.Cbrt(x), math.Sinh(x), math.Tanh(x), math.Atanh(x))
		for _, y := range vals[:9] {
			fmt.Println("  ", y, math.Pow(x, y), math.Hypot(x, y), math.Remainder(x, y))
		}
	}
}

func bigTrig() {
	for _, x := range []float64{1 << 29, 1e10, 3.3e22, -7.25e153, 9.75e209, math.MaxFloat64} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x))
	}
}

func conversions() {
	for _, x := range []float64{math.Inf(1), math.NaN(), -1e19, -2.5, 1.8e19, 2e19} {
		fmt.Println(x, int64(x), uint64(x), uint32(x), uint8(x), int(x))
	}
}

func main() {
	unary()
	binary()
	specials()
	bigTrig()
	conversions()
}
