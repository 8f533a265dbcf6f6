package testing

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// InternalTest is a test function and its name (the test main lists them).
type InternalTest struct {
	Name string
	F    func(*T)
}

// M is passed to a TestMain function to run the tests.
type M struct {
	tests    []InternalTest
	examples []InternalExample
	exitCode int
}

// flags are the test binary's flags: -test.run, -test.v, -test.count, -test.parallel.
var flags struct {
	run      string
	verbose  bool
	count    int
	parallel int
	timeout  time.Duration
}

// MainStart is called by the test main chanlab generates: the tests in source order and
// the file of each top-level function and method (for log lines).
func MainStart(tests []InternalTest, examples []InternalExample, fileOfFunc map[string]string) *M {
	files = fileOfFunc
	parseFlags(os.Args[1:])
	return &M{tests: tests, examples: examples}
}

func parseFlags(args []string) {
	flags.count = 1
	flags.timeout = 10 * time.Minute
	flags.parallel = runtime.GOMAXPROCS(0)
	for _, a := range args {
		k, v, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch k {
		case "test.run":
			flags.run = v
		case "test.v":
			flags.verbose = v != "false"
		case "test.count":
			flags.count, _ = strconv.Atoi(v)
		case "test.parallel":
			flags.parallel, _ = strconv.Atoi(v)
		case "test.timeout":
			flags.timeout, _ = time.ParseDuration(v)
		}
	}
}

// Run runs the tests and returns an exit code (0 when all passed) for os.Exit.
func (m *M) Run() (code int) {
	if flags.run != "" {
		for _, alt := range splitRegexp(flags.run) {
			for i, pat := range alt {
				if _, err := matchString(pat, ""); err != "" {
					fmt.Fprintf(os.Stderr, "testing: invalid regexp for element %d of -test.run (%q): %s\n", i, pat, err)
					os.Exit(1)
				}
			}
		}
	}
	panicOnExit0(true)
	startAlarm()
	ran, ok := runTests(m.tests)
	exampleRan, exampleOk := runExamples(m.examples)
	stopAlarm()
	panicOnExit0(false)
	ran, ok = ran || exampleRan, ok && exampleOk
	if !ran {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if ok && racesFound() > 0 {
		fmt.Print("testing: race detected outside of test execution\n")
		ok = false
	}
	if !ok {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return 1
	}
	fmt.Print("PASS\n")
	m.exitCode = 0
	return 0
}

// panicOnExit0 makes os.Exit(0) panic while tests run (go test's -test.paniconexit0: a
// test that exits 0 would otherwise pass unnoticed).
func panicOnExit0(on bool)

// RunMain runs the tests through testMain (the package's TestMain, or nil) and returns
// the binary's exit code: M.Run's when TestMain returns (chanlab's test main calls it; it is
// not part of Go's API).
func RunMain(m *M, testMain func(*M)) int {
	if testMain == nil {
		return m.Run()
	}
	testMain(m)
	return m.exitCode
}

// runTests runs every test -run selects, -count times, as subtests of a root T.
func runTests(tests []InternalTest) (ran, ok bool) {
	ok = true
	for i := 0; i < flags.count; i++ {
		if i > 0 && !ran {
			break
		}
		ctx, cancelCtx := context.WithCancel(context.Background())
		tstate := &testState{match: newMatcher(flags.run), maxParallel: flags.parallel, startParallel: make(chan bool)}
		t := &T{
			common: common{signal: make(chan bool, 1), barrier: make(chan bool), ctx: ctx, cancelCtx: cancelCtx},
			tstate: tstate,
		}
		if flags.verbose {
			t.chatty = &chattyPrinter{}
		}
		tRunner(t, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		<-t.signal
		ok = ok && !t.Failed()
		ran = ran || t.ran
	}
	return ran, ok
}
