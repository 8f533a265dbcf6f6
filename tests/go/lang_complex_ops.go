package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

type pt struct {
	z    complex128
	name string
}

type Z complex64

func describe(v any) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprintf("c64 %v", x)
	case complex128:
		return fmt.Sprintf("c128 %v", x)
	case Z:
		return fmt.Sprintf("Z %v", x)
	}
	return "other"
}

func main() {
	const k = 2i * 2i
	var f float64 = k
	fmt.Println(k, f, real(k), imag(3+4i))
	a := complex(1.5, -2.25)
	b := 3 - 1i
	fmt.Println(a+b, a-b, a*b, a/b, -a, a == b, a != b, a == 1.5-2.25i)
	var c64 complex64 = complex(float32(0.1), float32(0.2))
	d64 := c64 * c64 / (c64 + 1)
	fmt.Println(c64, d64, real(d64), imag(d64), complex128(d64), complex64(a))
	fmt.Printf("%T %T %T %v\n", c64, real(c64), a, Z(c64)*2)
	z := 1 + 1i
	fmt.Println(z/0, -z/0, complex(math.Inf(1), 0)/(2+3i), (1+2i)/complex(math.Inf(1), 1))
	z *= 2
	z += 1i
	z -= 0.5
	z /= 1i
	fmt.Println(z)
	m := map[complex128]string{1i: "i", 1: "one"}
	m[1i] += "!"
	fmt.Println(m[1i], m[1], len(m), m)
	ps := []pt{{1 + 1i, "a"}, {2, "b"}}
	ps[1].z *= ps[0].z
	fmt.Println(ps, ps[0] == pt{1 + 1i, "a"})
	arr := [3]complex64{1, 2i}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == arr2)
	sum := 0i
	for i, v := range []complex128{1, 1i, -1, -1i} {
		sum += v * complex(float64(i), 0)
	}
	fmt.Println(sum)
	fmt.Println(describe(c64), describe(a), describe(Z(3i)))
	fmt.Printf("%v %g %.3f %e %8.2f|%+.1f %s\n", a, a, a, a, a, c64, fmt.Sprint(1e21+1e-7i))
	fmt.Println(cmplx.Abs(3+4i), cmplx.Sqrt(-4), cmplx.Sqrt(3+4i), cmplx.Pow(2, 3), cmplx.Log(-1), cmplx.Conj(a), cmplx.IsNaN(cmplx.NaN()), cmplx.Inf())
	r, th := cmplx.Polar(1i)
	fmt.Printf("%.3f %.3f %.3f\n", r, th, cmplx.Rect(2, math.Pi/2))
	var zero complex128
	var zp *complex64 = new(complex64)
	*zp += 2
	fmt.Println(zero, *zp, zero == 0)
	ch := make(chan complex128, 1)
	ch <- 5i
	fmt.Println(<-ch)
	x := complex(math.NaN(), 1)
	fmt.Println(x == x, x)
	println(1.5-2.25i, c64, 1e21i)
}
