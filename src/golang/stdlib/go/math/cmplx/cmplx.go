// Package cmplx: chanlab's implementation of math/cmplx, following Go's algorithms and
// special cases on top of package math, so results agree with real Go bit for bit. Where
// both operands of a product can be NaNs, x86 keeps the payload of the one Go's amd64 code
// holds in the destination register, so those products are written in that order.
// This file: the parts, polar form, infinities and NaNs.
package cmplx

import "math"

// Abs returns the absolute value (modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Conj returns the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Phase returns the phase (argument) of x, in [-Pi, Pi].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar returns the absolute value and the phase of x.
func Polar(x complex128) (r, θ float64) { return Abs(x), Phase(x) }

// Rect returns the complex number with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(c*r, s*r)
}

// Inf returns a complex infinity, complex(+Inf, +Inf).
func Inf() complex128 {
	inf := math.Inf(1)
	return complex(inf, inf)
}

// NaN returns a complex "not-a-number" value.
func NaN() complex128 {
	nan := math.NaN()
	return complex(nan, nan)
}

// IsInf reports whether either part of x is an infinity.
func IsInf(x complex128) bool { return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) }

// IsNaN reports whether either part of x is a NaN and neither is an infinity.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}
