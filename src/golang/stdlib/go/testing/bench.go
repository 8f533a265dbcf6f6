package testing

import "time"

// B is passed to Benchmark functions. chanlab never runs benchmarks (as go test without
// -bench), so a package that declares them still builds and tests.
type B struct {
	common
	N int
}

func (b *B) ResetTimer()                         {}
func (b *B) StartTimer()                         {}
func (b *B) StopTimer()                          {}
func (b *B) ReportAllocs()                       {}
func (b *B) SetBytes(n int64)                    {}
func (b *B) ReportMetric(n float64, unit string) {}
func (b *B) Elapsed() time.Duration              { return 0 }
func (b *B) Run(name string, f func(b *B)) bool  { return true }
func (b *B) RunParallel(body func(*PB))          {}
func (b *B) SetParallelism(p int)                {}
func (b *B) Loop() bool                          { return false }

// PB is used by RunParallel.
type PB struct{}

// Next reports whether there are more iterations to execute.
func (pb *PB) Next() bool { return false }

// F is passed to fuzz tests; chanlab runs none.
type F struct {
	common
}

func (f *F) Add(args ...any) {}
func (f *F) Fuzz(ff any)     {}
