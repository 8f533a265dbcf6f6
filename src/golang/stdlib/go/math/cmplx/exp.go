// Exponentials, logarithms, powers and square roots, by Go's algorithms.
package cmplx

import "math"

// Exp returns e**x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if re > 0 && im == 0 {
			return x
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	case math.IsNaN(re) && im == 0:
		return complex(math.NaN(), im)
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(c*r, s*r)
}

// Log returns the natural logarithm of x (its imaginary part in [-Pi, Pi]).
func Log(x complex128) complex128 { return complex(math.Log(Abs(x)), Phase(x)) }

// Log10 returns the decimal logarithm of x.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow returns x**y (Pow(0, c) is 1 for real(c) == 0, Inf for real(c) < 0, 0 otherwise).
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		r, i := real(y), imag(y)
		switch {
		case r == 0:
			return 1
		case r < 0:
			if i == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		case r > 0:
			return 0
		}
		panic("not reached")
	}
	modulus := Abs(x)
	if modulus == 0 {
		return complex(0, 0)
	}
	r := math.Pow(modulus, real(y))
	arg := Phase(x)
	theta := real(y) * arg
	if imag(y) != 0 {
		r = math.Exp(-imag(y)*arg) * r
		theta += imag(y) * math.Log(modulus)
	}
	s, c := math.Sincos(theta)
	return complex(c*r, r*s)
}

// Sqrt returns the square root of x, with a non-negative real part.
func Sqrt(x complex128) complex128 {
	a, b := real(x), imag(x)
	if b == 0 {
		switch {
		case a == 0:
			return complex(0, b)
		case a < 0:
			return complex(0, math.Copysign(math.Sqrt(-a), b))
		}
		return complex(math.Sqrt(a), b)
	}
	if math.IsInf(b, 0) {
		return complex(math.Inf(1), b)
	}
	if a == 0 {
		if b < 0 {
			r := math.Sqrt(-0.5 * b)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * b)
		return complex(r, r)
	}
	// Scale so that Hypot neither overflows nor loses bits to underflow.
	var scale float64
	if math.Abs(a) > 4 || math.Abs(b) > 4 {
		a, b, scale = a*0.25, b*0.25, 2
	} else {
		a *= 1.8014398509481984e16 // 2^54
		b *= 1.8014398509481984e16
		scale = 7.450580596923828125e-9 // 2^-27
	}
	r := math.Hypot(a, b)
	var t float64
	if a > 0 {
		t = math.Sqrt(0.5*r + 0.5*a)
		r = scale * math.Abs((0.5*b)/t)
		t *= scale
	} else {
		r = math.Sqrt(0.5*r - 0.5*a)
		t = scale * math.Abs((0.5*b)/r)
		r *= scale
	}
	if b < 0 {
		return complex(t, -r)
	}
	return complex(t, r)
}
