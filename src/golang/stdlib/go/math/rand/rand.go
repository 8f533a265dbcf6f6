// Package rand: chanlab's implementation of math/rand. Numbers come from the run's seeded
// generator (the same seed gives the same run), not from Go's algorithm: a program's exact
// random values differ from real Go's; seed-independent facts do not.
package rand

// runtimeRand returns 64 random bits from the run's generator.
func runtimeRand() uint64

// A Source represents a source of uniformly-distributed pseudo-random int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

type runSource struct{}

func (runSource) Int63() int64    { return int64(runtimeRand() >> 1) }
func (runSource) Seed(seed int64) {}
func (runSource) Uint64() uint64  { return runtimeRand() }

// NewSource returns a source drawing from the run's generator (the seed is ignored).
func NewSource(seed int64) Source { return runSource{} }

// A Rand is a source of random numbers.
type Rand struct {
	src Source
}

func New(src Source) *Rand { return &Rand{src} }

func (r *Rand) Seed(seed int64) {}

func (r *Rand) Int63() int64 { return r.src.Int63() }

func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

func (r *Rand) Uint64() uint64 { return uint64(r.Int63())>>31 | uint64(r.Int63())<<32 }

func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

func (r *Rand) Int() int { return int(uint(r.Int63())) }

func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.Int63n(int64(n)))
}

func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	return int(r.Int63n(int64(n)))
}

func (r *Rand) Float64() float64 { return float64(r.Int63n(1<<53)) / (1 << 53) }

func (r *Rand) Float32() float32 { return float32(r.Int63n(1<<24)) / (1 << 24) }

func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, r.Intn(i+1))
	}
}

var global = New(runSource{})

// Seed does nothing (deprecated in Go; chanlab's runs are seeded by the page).
func Seed(seed int64) {}

func Int63() int64                       { return global.Int63() }
func Uint32() uint32                     { return global.Uint32() }
func Uint64() uint64                     { return global.Uint64() }
func Int31() int32                       { return global.Int31() }
func Int() int                           { return global.Int() }
func Int63n(n int64) int64               { return global.Int63n(n) }
func Int31n(n int32) int32               { return global.Int31n(n) }
func Intn(n int) int                     { return global.Intn(n) }
func Float64() float64                   { return global.Float64() }
func Float32() float32                   { return global.Float32() }
func Perm(n int) []int                   { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
