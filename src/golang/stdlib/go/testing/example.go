package testing

import (
	"fmt"
	"slices"
	"strings"
)

// InternalExample is an Example function, its expected output and whether the output's
// lines may come in any order (the test main lists them).
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// captureStdout starts collecting what the program writes to standard output.
func captureStdout()

// capturedStdout stops collecting and returns what was written since captureStdout.
func capturedStdout() string

// runExamples runs the examples -run selects (those with an output comment), after the
// tests, as Go's test binary does.
func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(flags.run)
	for _, eg := range examples {
		if _, matched := m.fullName(nil, eg.Name); !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if flags.verbose {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStdout()
	finished := false
	start := elapsed()
	defer func() {
		timeSpent := elapsed() - start
		out := capturedStdout()
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent int64, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		gotLines := strings.Split(got, "\n")
		wantLines := strings.Split(want, "\n")
		slices.Sort(gotLines)
		slices.Sort(wantLines)
		if !slices.Equal(gotLines, wantLines) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		record(eg.Name, "FAIL", fail)
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else {
		record(eg.Name, "PASS", "")
	}
	if passed && flags.verbose {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}
