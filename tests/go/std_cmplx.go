// Every math/cmplx function agrees with real Go to the last bit: hashes of the parts' bits
// over 2500 random arguments of many magnitudes (Tan and Cot near their poles, Pow with
// real and complex exponents), printed values on a small grid, and the special cases
// (signed zeros, infinities, NaNs in either part, huge arguments that need Payne-Hanek).
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var state uint64 = 0x51f15eed

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// part is a float of magnitude 2^-30 .. 2^30 (now and then 2^-700 .. 2^700), either sign.
func part() float64 {
	e := int(next()%60) - 30
	if next()%8 == 0 {
		e = int(next()%1400) - 700
	}
	x := math.Ldexp(float64(next()>>11)/(1<<53), e)
	if next()%2 == 0 {
		return -x
	}
	return x
}

type unary struct {
	name string
	f    func(complex128) complex128
}

var unaries = []unary{
	{"Acos", cmplx.Acos}, {"Acosh", cmplx.Acosh}, {"Asin", cmplx.Asin}, {"Asinh", cmplx.Asinh},
	{"Atan", cmplx.Atan}, {"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj}, {"Cos", cmplx.Cos},
	{"Cosh", cmplx.Cosh}, {"Cot", cmplx.Cot}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log},
	{"Log10", cmplx.Log10}, {"Sin", cmplx.Sin}, {"Sinh", cmplx.Sinh}, {"Sqrt", cmplx.Sqrt},
	{"Tan", cmplx.Tan}, {"Tanh", cmplx.Tanh},
}

func bits(z complex128) uint64 {
	return math.Float64bits(real(z))*31 + math.Float64bits(imag(z))
}

func main() {
	h := make([]uint64, len(unaries)+3)
	for i := 0; i < 2500; i++ {
		x := complex(part(), part())
		switch i % 5 {
		case 1: // near a pole of Tan (or Cot): a multiple of Pi/2 plus a tiny imaginary part
			x = complex(float64(int(next()%9)-4)*math.Pi/2, math.Ldexp(1, -int(next()%40)))
		case 2: // small integers and halves, where the special cases sit
			x = complex(float64(int(next()%9)-4)/2, float64(int(next()%5)-2)/2)
		}
		y := complex(part(), 0)
		if i%2 == 0 {
			y = complex(float64(int(next()%7))-3, part())
		}
		for k, u := range unaries {
			h[k] = h[k]*1000003 + bits(u.f(x))
		}
		r, θ := cmplx.Polar(x)
		n := len(unaries)
		h[n] = h[n]*1000003 + bits(cmplx.Pow(x, y))
		h[n+1] = h[n+1]*1000003 + bits(complex(r, θ)) + bits(cmplx.Rect(real(x), imag(x)))
		h[n+2] = h[n+2]*1000003 + math.Float64bits(cmplx.Abs(x)) + math.Float64bits(cmplx.Phase(x))
	}
	for k, u := range unaries {
		fmt.Printf("%-6s %d\n", u.name, h[k])
	}
	fmt.Println("Pow", h[len(h)-3], "Polar/Rect", h[len(h)-2], "Abs/Phase", h[len(h)-1])

	for _, x := range []complex128{1 + 2i, -0.5 + 0.25i, 3i, -2, 1e10 - 1e-10i} {
		fmt.Println(x, cmplx.Sqrt(x), cmplx.Exp(x), cmplx.Log(x), cmplx.Sin(x), cmplx.Tan(x), cmplx.Asin(x), cmplx.Atanh(x), cmplx.Pow(x, 0.5-1i))
	}

	nan, inf := math.NaN(), math.Inf(1)
	odd := []float64{0, math.Copysign(0, -1), 1, -1, inf, -inf, nan, 1e300, 3e9, 1 << 31}
	for _, a := range odd {
		for _, b := range odd {
			x := complex(a, b)
			fmt.Print(x, cmplx.IsInf(x), cmplx.IsNaN(x))
			for _, u := range unaries {
				fmt.Print(" ", u.f(x))
			}
			fmt.Println(" ", cmplx.Pow(x, complex(b, a)), cmplx.Pow(2+1i, x), cmplx.Abs(x), cmplx.Phase(x))
		}
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Pow(0, 0), cmplx.Pow(0, -1), cmplx.Pow(0, -1+1i), cmplx.Pow(0, 2))
}
