// Tangent, hyperbolic tangent and cotangent, by Go's algorithms: the half-angle formulas,
// with a Taylor series for the denominator near its zeros and Go's reduction modulo Pi.
package cmplx

import (
	"math"
	"math/bits"
)

// Tan returns the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0):
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh returns the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot returns the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// piBits are the bits of 1/Pi after the binary point, for reducing huge arguments.
var piBits = [...]uint64{
	0x0000000000000000,
	0x517cc1b727220a94,
	0xfe13abe8fa9a6ee0,
	0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0,
	0xdb92371d2126e970,
	0x0324977504e8c90e,
	0x7f0ef58e5894d39f,
	0x74411afa975da242,
	0x74ce38135a2fbf20,
	0x9cc8eb1cc1a99cfa,
	0x4e422fc5defc941d,
	0x8ffc4bffef02cc07,
	0xf79788c5ad05368f,
	0xb69b3f6793e584db,
	0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd,
	0x9e839cfbc5294975,
	0x35fdafd88fc6ae84,
	0x2b0198237e3db5d5,
}

// reducePi returns x reduced into [-Pi/2, Pi/2] modulo Pi: by Pi in three parts below
// 2^30, by Payne-Hanek multiplication with the bits of 1/Pi above.
func reducePi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		const (
			pi1 = 3.141592502593994      // Pi's leading bits,
			pi2 = 1.5099578831723193e-07 // the next ones
			pi3 = 1.0780605716316238e-14 // and the rest
		)
		t := x / math.Pi
		t += 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	const (
		shift    = 52
		bias     = 1023
		fracMask = 1<<shift - 1
	)
	ix := math.Float64bits(x)
	exp := int(ix>>shift&0x7FF) - bias - shift
	ix = ix&fracMask | 1<<shift
	// The fraction of x/Pi lies in the 192 bits of 1/Pi at x's exponent.
	digit, bitshift := uint(exp+64)/64, uint(exp+64)%64
	z0 := (piBits[digit] << bitshift) | (piBits[digit+1] >> (64 - bitshift))
	z1 := (piBits[digit+1] << bitshift) | (piBits[digit+2] >> (64 - bitshift))
	z2 := (piBits[digit+2] << bitshift) | (piBits[digit+3] >> (64 - bitshift))
	z2hi, _ := bits.Mul64(z2, ix)
	z1hi, z1lo := bits.Mul64(z1, ix)
	z0lo := z0 * ix
	lo, c := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0lo, z1hi, c)
	// Normalise the fraction into a float64 in [0, 1).
	lz := uint(bits.LeadingZeros64(hi))
	e := uint64(bias - (lz + 1))
	hi = (hi << (lz + 1)) | (lo >> (64 - (lz + 1)))
	hi >>= 64 - shift
	hi |= e << shift
	x = math.Float64frombits(hi)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}

// tanSeries sums the Taylor series of cosh(2y) - cos(2x) for z = x+iy near the zeros of
// Tan's and Cot's denominators, until a term no longer changes the sum.
func tanSeries(z complex128) float64 {
	const machEps = 1.0 / (1 << 53)
	x := reducePi(math.Abs(2 * real(z)))
	x = x * x
	y := math.Abs(2 * imag(z))
	y = y * y
	x2, y2, f, rn, d := 1.0, 1.0, 1.0, 0.0, 0.0
	for {
		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t := y2 + x2
		t /= f
		d += t

		rn++
		f *= rn
		rn++
		f *= rn
		x2 *= x
		y2 *= y
		t = y2 - x2
		t /= f
		d += t
		if !(math.Abs(t/d) > machEps) {
			return d
		}
	}
}
