// Package rand: chanlab's implementation of math/rand/v2 on the run's seeded generator
// (values differ from real Go's; the same seed gives the same run).
package rand

func runtimeRand() uint64

func Uint64() uint64 { return runtimeRand() }

func Uint32() uint32 { return uint32(runtimeRand() >> 32) }

func Int64() int64 { return int64(runtimeRand() >> 1) }

func Int32() int32 { return int32(runtimeRand() >> 33) }

func Int() int { return int(uint(runtimeRand()) << 1 >> 1) }

// Uint64N returns a uniform value in [0, n); it panics if n == 0.
func Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	limit := ^uint64(0) - ^uint64(0)%n
	v := runtimeRand()
	for v >= limit {
		v = runtimeRand()
	}
	return v % n
}

func Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(Uint64N(uint64(n)))
}

func Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(Uint64N(uint64(n)))
}

func Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(Uint64N(uint64(n)))
}

func IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(Uint64N(uint64(n)))
}

func UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(Uint64N(uint64(n)))
}

// N returns a uniform value in [0, n) of any integer type (Durations included).
func N[Int intType](n Int) Int {
	if n <= 0 {
		panic("invalid argument to N")
	}
	return Int(Uint64N(uint64(n)))
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

func Float64() float64 { return float64(runtimeRand()<<11>>11) / (1 << 53) }

func Float32() float32 { return float32(runtimeRand()<<40>>40) / (1 << 24) }

func Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

func Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, IntN(i+1))
	}
}
