package rand

import (
	"errors"
	"math/bits"
)

// A PCG is a PCG generator with 128 bits of internal state (a 128-bit LCG whose output is
// scrambled with DXSM), Go's exact algorithm.
type PCG struct {
	hi uint64
	lo uint64
}

// NewPCG returns a new PCG seeded with the given values.
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{seed1, seed2} }

// Seed resets the PCG to behave the same way as NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// step advances the 128-bit state: state = state*mul + inc (mod 2^128).
func (p *PCG) step() (hi, lo uint64) {
	const (
		mulHi = 2549297995355413924
		mulLo = 4865540595714422341
		incHi = 6364136223846793005
		incLo = 1442695040888963407
	)
	hi, lo = bits.Mul64(p.lo, mulLo)
	hi += p.hi*mulLo + p.lo*mulHi
	var c uint64
	lo, c = bits.Add64(lo, incLo, 0)
	hi, _ = bits.Add64(hi, incHi, c)
	p.hi, p.lo = hi, lo
	return hi, lo
}

// Uint64 returns a uniformly-distributed random uint64 value.
func (p *PCG) Uint64() uint64 {
	hi, lo := p.step()
	hi ^= hi >> 32
	hi *= 0xda942042e4dd58b5
	hi ^= hi >> 48
	hi *= lo | 1
	return hi
}

// AppendBinary appends the PCG's state ("pcg:" then both halves, big-endian) to b.
func (p *PCG) AppendBinary(b []byte) ([]byte, error) {
	b = append(b, "pcg:"...)
	for _, w := range [2]uint64{p.hi, p.lo} {
		for shift := 56; shift >= 0; shift -= 8 {
			b = append(b, byte(w>>shift))
		}
	}
	return b, nil
}

// MarshalBinary returns the PCG's state as AppendBinary writes it.
func (p *PCG) MarshalBinary() ([]byte, error) {
	return p.AppendBinary(make([]byte, 0, 20))
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary restores a state MarshalBinary returned.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	var w [2]uint64
	for i := range w {
		for _, c := range data[4+8*i : 12+8*i] {
			w[i] = w[i]<<8 | uint64(c)
		}
	}
	p.hi, p.lo = w[0], w[1]
	return nil
}
