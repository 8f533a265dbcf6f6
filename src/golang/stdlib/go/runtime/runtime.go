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
