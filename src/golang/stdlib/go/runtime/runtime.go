// Package runtime: chanlab's implementation: the scheduling queries and controls of the
// simulated runtime. GOMAXPROCS cannot change while a program runs (it reports the run's
// setting, chosen on the page or with --gomaxprocs).
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

// Error identifies a run time error (the panics of index out of range, nil map writes...).
type Error interface {
	error
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// GOMAXPROCS returns the run's setting (n is ignored: it cannot change mid-run).
func GOMAXPROCS(n int) int

// NumCPU returns the simulated machine's number of CPUs.
func NumCPU() int

// GC does nothing: chanlab's memory is managed by Rust.
func GC()

// Goexit terminates the goroutine that calls it, running its deferred calls.
func Goexit()

func Version() string { return "go1.27.3" }

func KeepAlive(x any) {}

// Caller reports the file and line of the function call at depth skip (0: Caller's caller).
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// A MemStats records statistics about the memory allocator. chanlab's simulated heap has
// no allocator to measure: ReadMemStats reports zeros (GC enabled), so programs that print
// memory use run, with numbers that differ from real Go's (which vary from run to run).
type MemStats struct {
	Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees                     uint64
	HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects uint64
	StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys uint64
	BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs         uint64
	PauseNs                                                             [256]uint64
	PauseEnd                                                            [256]uint64
	NumGC, NumForcedGC                                                  uint32
	GCCPUFraction                                                       float64
	EnableGC, DebugGC                                                   bool
	BySize                                                              [61]struct {
		Size           uint32
		Mallocs, Frees uint64
	}
}

// ReadMemStats fills m (see MemStats).
func ReadMemStats(m *MemStats) {
	*m = MemStats{EnableGC: true}
}

// SetFinalizer is accepted and ignored: the simulated heap never collects, so finalizers
// never run (real Go runs them at some later garbage collection, or never).
func SetFinalizer(obj any, finalizer any) {}

// LockOSThread and UnlockOSThread do nothing: goroutines here run on no OS thread.
func LockOSThread()   {}
func UnlockOSThread() {}
