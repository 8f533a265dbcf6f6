// Package testing: chanlab's implementation of Go's test framework: T with subtests,
// parallel tests, logs, failures, skips and cleanups, examples, TestMain, -run, -count,
// -timeout (virtual time) and races found during a test, printed exactly as `go test`
// prints them. The test binary's main (written by chanlab's runner) calls MainStart and
// RunMain. Not provided: benchmarks and fuzzing run nothing, t.Setenv has no environment
// to change, TempDir/Chdir/Output/Attr are absent.
package testing

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	Context() context.Context
	// Go's TB also has an unexported method so that only the testing package implements
	// it; chanlab's checker does not see unexported methods promoted across packages, so
	// it is left out here.
}

// common holds what T (and a synctest bubble's T) share.
type common struct {
	mu       sync.Mutex
	output   []byte // logs and subtest reports not yet flushed to the parent
	chatty   *chattyPrinter
	failed   bool
	skipped  bool
	finished bool // the test function returned or called FailNow/SkipNow
	done     bool // the test and its subtests completed
	ran      bool
	hasSub   bool
	parent   *common
	level    int
	name     string
	start    int64 // virtual time the test started, in ns
	duration int64

	helpers    map[string]bool
	creator    []frame // where the parent called Run (for helpers in subtests)
	cleanups   []func()
	cleanStart bool
	ctx        context.Context
	cancelCtx  context.CancelFunc

	isParallel bool
	isSynctest bool
	barrier    chan bool // closed when the test's sequential part ends
	signal     chan bool // one value when the test completes
	sub        []*T      // parallel subtests waiting for the barrier
	lastRaces  int
	raceLogged bool
	w          func(s string) // where reports go: the parent's output or stdout
}

// T is passed to Test functions to manage test state and write test logs.
type T struct {
	common
	denyParallel bool
	tstate       *testState
}

// Name returns the name of the running (sub-) test.
func (c *common) Name() string { return c.name }

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.Lock()
	check := !c.done && racesFound() > c.lastRaces
	c.mu.Unlock()
	if check {
		c.checkRaces()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by calling
// runtime.Goexit.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Log formats its arguments as fmt.Sprintln does and records them in the error log.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments as fmt.Sprintf does and records them in the error log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function: its file and line are
// skipped when printing file and line information.
func (c *common) Helper() {
	skip := 1
	fn, _, ok := callerFrame(skip)
	for ok && isWrapper(fn) {
		skip++
		fn, _, ok = callerFrame(skip)
	}
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = map[string]bool{}
	}
	c.helpers[fn] = true
}

// Cleanup registers a function to be called when the test and all its subtests complete,
// last added first called.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

// Context returns a context canceled just before Cleanup-registered functions are called.
func (c *common) Context() context.Context { return c.ctx }

// Setenv is accepted for API compatibility: chanlab's os has no environment (Getenv
// always returns ""), so it only checks what Go checks (no parallel test may call it).
func (c *common) Setenv(key, value string) {}

// Setenv calls os.Setenv(key, value) in Go; it panics in a parallel test, as Go's does.
func (t *T) Setenv(key, value string) {
	t.checkParallel()
}

// Deadline reports the test binary's deadline: chanlab runs without -timeout.
func (t *T) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Short reports whether -test.short is set (never, in chanlab).
func Short() bool { return false }

// Verbose reports whether -test.v is set.
func Verbose() bool { return flags.verbose }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// AllocsPerRun is not measured by chanlab: it returns 0.
func AllocsPerRun(runs int, f func()) float64 {
	for i := 0; i < runs; i++ {
		f()
	}
	return 0
}

func (c *common) runCleanup(recoverPanic bool) (panicVal any) {
	c.mu.Lock()
	c.cleanStart = true
	c.mu.Unlock()
	if recoverPanic {
		defer func() { panicVal = recover() }()
	}
	defer func() {
		c.mu.Lock()
		more := len(c.cleanups) > 0
		c.mu.Unlock()
		if more {
			c.runCleanup(false)
		}
	}()
	if c.cancelCtx != nil {
		c.cancelCtx()
	}
	for {
		var f func()
		c.mu.Lock()
		if n := len(c.cleanups); n > 0 {
			f = c.cleanups[n-1]
			c.cleanups = c.cleanups[:n-1]
		}
		c.mu.Unlock()
		if f == nil {
			return nil
		}
		f()
	}
}

// checkRaces fails the test (once) when the race detector reported a race since the
// test's last check, and tells its parents the race is reported.
func (c *common) checkRaces() {
	n := racesFound()
	c.mu.Lock()
	if n <= c.lastRaces {
		c.mu.Unlock()
		return
	}
	c.lastRaces = n
	first := !c.raceLogged
	c.raceLogged = true
	c.mu.Unlock()
	if first {
		c.logAt("testing.go:1867: ", "race detected during execution of test\n")
		c.Fail()
	}
	for p := c.parent; p != nil; p = p.parent {
		p.mu.Lock()
		if n <= p.lastRaces {
			p.mu.Unlock()
			return
		}
		p.lastRaces = n
		p.mu.Unlock()
	}
}

func (c *common) resetRaces() {
	c.lastRaces = racesFound()
}
