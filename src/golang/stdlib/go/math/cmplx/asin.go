// Inverse circular and hyperbolic functions, by Go's algorithms (Cephes' formulas through
// Log and Sqrt, with C99's special cases).
package cmplx

import "math"

// Asin returns the inverse sine of x: -i * log(i*x + sqrt(1 - x*x)).
func Asin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asin(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asinh(im))
	case math.IsNaN(im):
		switch {
		case re == 0:
			return complex(re, math.NaN())
		case math.IsInf(re, 0):
			return complex(math.NaN(), re)
		}
		return NaN()
	case math.IsInf(im, 0):
		switch {
		case math.IsNaN(re):
			return x
		case math.IsInf(re, 0):
			return complex(math.Copysign(math.Pi/4, re), im)
		}
		return complex(math.Copysign(0, re), im)
	case math.IsInf(re, 0):
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(re, im))
	}
	ix := complex(-im, re)
	sq := x * x
	root := Sqrt(complex(1-real(sq), -imag(sq)))
	w := Log(ix + root)
	return complex(imag(w), -real(w))
}

// Asinh returns the inverse hyperbolic sine of x: log(x + sqrt(1 + x*x)).
func Asinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && math.Abs(re) <= 1:
		return complex(math.Asinh(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Asin(im))
	case math.IsInf(re, 0):
		switch {
		case math.IsInf(im, 0):
			return complex(re, math.Copysign(math.Pi/4, im))
		case math.IsNaN(im):
			return x
		}
		return complex(re, math.Copysign(0.0, im))
	case math.IsNaN(re):
		switch {
		case im == 0:
			return x
		case math.IsInf(im, 0):
			return complex(im, re)
		}
		return NaN()
	case math.IsInf(im, 0):
		return complex(math.Copysign(im, re), math.Copysign(math.Pi/2, im))
	}
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acos returns the inverse cosine of x: Pi/2 - Asin(x).
func Acos(x complex128) complex128 {
	w := Asin(x)
	return complex(math.Pi/2-real(w), -imag(w))
}

// Acosh returns the inverse hyperbolic cosine of x (±i * Acos(x), the real part >= 0).
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, math.Copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan returns the inverse tangent of x.
func Atan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		return complex(math.Atan(re), im)
	case re == 0 && math.Abs(im) <= 1:
		return complex(re, math.Atanh(im))
	case math.IsInf(im, 0) || math.IsInf(re, 0):
		if math.IsNaN(re) {
			return complex(math.NaN(), math.Copysign(0, im))
		}
		return complex(math.Copysign(math.Pi/2, re), math.Copysign(0, im))
	case math.IsNaN(re) || math.IsNaN(im):
		return NaN()
	}
	re2 := re * re
	a := 1 - re2 - im*im
	if a == 0 {
		return NaN()
	}
	w := reducePi(0.5 * math.Atan2(2*re, a))
	t := im - 1
	b := re2 + t*t
	if b == 0 {
		return NaN()
	}
	t = im + 1
	c := (re2 + t*t) / b
	return complex(w, 0.25*math.Log(c))
}

// Atanh returns the inverse hyperbolic tangent of x: -i * Atan(i*x).
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
