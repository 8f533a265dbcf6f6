package rand

import "math"

// zigNorm and zigExp return strip i of Go's ziggurat tables: (k, w, f).
func zigNorm(i int) (uint32, float32, float32)
func zigExp(i int) (uint32, float32, float32)

// NormFloat64 returns a normally distributed float64 (mean 0, standard deviation 1) by Go's
// ziggurat method, so a seeded Rand gives real Go's values.
func (r *Rand) NormFloat64() float64 {
	const rn = 3.442619855899
	for {
		u := r.Uint64()
		j := int32(u)
		i := int(u >> 32 & 0x7F)
		k, w, f := zigNorm(i)
		x := float64(j) * float64(w)
		aj := uint32(j)
		if j < 0 {
			aj = uint32(-j)
		}
		if aj < k {
			return x
		}
		if i == 0 {
			// The base strip: sample the tail beyond rn.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		_, _, f1 := zigNorm(i - 1)
		if f+float32(r.Float64())*(f1-f) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 (rate 1) by Go's ziggurat method.
func (r *Rand) ExpFloat64() float64 {
	const re = 7.69711747013104972
	for {
		u := r.Uint64()
		j := uint32(u)
		i := int(uint8(u >> 32))
		k, w, f := zigExp(i)
		x := float64(j) * float64(w)
		if j < k {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		_, _, f1 := zigExp(i - 1)
		if f+float32(r.Float64())*(f1-f) < float32(math.Exp(-x)) {
			return x
		}
	}
}

func NormFloat64() float64 { return global.NormFloat64() }
func ExpFloat64() float64  { return global.ExpFloat64() }
