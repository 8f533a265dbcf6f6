package testing

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
)

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// tRunner runs fn as test t, then reports it: its result, its panics (re-raised after the
// reports of t and its parents), its parallel subtests and cleanups.
func tRunner(t *T, fn func(t *T)) {
	defer func() {
		t.checkRaces()
		err := recover()
		signal := true
		t.mu.Lock()
		finished := t.finished
		t.mu.Unlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.Lock()
				finished = p.finished
				p.mu.Unlock()
				if finished {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}
		didPanic := false
		defer func() {
			if didPanic {
				return
			}
			if err != nil {
				panic(err)
			}
			runningDelete(t.name)
			t.signal <- signal
		}()
		doPanic := func(err any) {
			t.Fail()
			if r := t.runCleanup(true); r != nil {
				t.Logf("cleanup panicked with %v", r)
			}
			for root := &t.common; !root.isSynctest && root.parent != nil; root = root.parent {
				root.mu.Lock()
				root.duration += elapsed() - root.start
				d := root.duration
				root.mu.Unlock()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(d))
				if r := root.parent.runCleanup(true); r != nil {
					root.parent.logAt("", fmt.Sprintf("cleanup panicked with %v", r))
				}
			}
			didPanic = true
			panic(err)
		}
		if err != nil {
			doPanic(err)
		}
		t.duration += elapsed() - t.start
		if len(t.sub) > 0 {
			t.tstate.release()
			runningDelete(t.name)
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := elapsed()
			runningStore(t.name)
			err := t.runCleanup(true)
			t.duration += elapsed() - cleanupStart
			if err != nil {
				doPanic(err)
			}
			t.checkRaces()
			if !t.isParallel {
				t.tstate.waitParallel()
			}
		} else if t.isParallel {
			t.tstate.release()
		}
		t.report()
		t.mu.Lock()
		t.done = true
		t.mu.Unlock()
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(false)
		}
	}()
	t.start = elapsed()
	t.resetRaces()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ran = true
}

// Run runs f as a subtest of t called name in its own goroutine and reports whether f
// succeeded. Run blocks until f returns or calls t.Parallel.
func (t *T) Run(name string, f func(t *T)) bool {
	if t.isSynctest {
		panic("testing: t.Run called inside synctest bubble")
	}
	if t.cleanStart {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok := t.tstate.match.fullName(&t.common, name)
	if !ok {
		return true
	}
	ctx, cancelCtx := context.WithCancel(context.Background())
	sub := &T{
		common: common{
			barrier:   make(chan bool),
			signal:    make(chan bool, 1),
			name:      testName,
			parent:    &t.common,
			level:     t.level + 1,
			creator:   creatorFrames(1),
			chatty:    t.chatty,
			ctx:       ctx,
			cancelCtx: cancelCtx,
		},
		tstate: t.tstate,
	}
	if sub.chatty != nil {
		sub.chatty.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	runningStore(sub.name)
	go tRunner(sub, f)
	if !<-sub.signal {
		runtime.Goexit()
	}
	return !sub.failed
}

// Parallel signals that this test runs in parallel with (and only with) other parallel
// tests: it pauses until its parent's sequential part ends.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isSynctest {
		panic("testing: t.Parallel called inside synctest bubble")
	}
	if t.denyParallel {
		panic("testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel")
	}
	if t.parent.barrier == nil {
		return
	}
	t.isParallel = true
	t.duration += elapsed() - t.start
	t.parent.sub = append(t.parent.sub, t)
	t.checkRaces()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	runningDelete(t.name)
	t.signal <- true
	<-t.parent.barrier
	t.tstate.waitParallel()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	runningStore(t.name)
	t.start = elapsed()
	t.lastRaces = racesFound()
}

func (t *T) checkParallel() {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic("testing: test using t.Setenv, t.Chdir, or cryptotest.SetGlobalRandom can not use t.Parallel")
		}
	}
	t.denyParallel = true
}

// report prints t's result line (failures always; passes and skips with -v) into its
// parent's output, then records the result for the runner.
func (t *T) report() {
	if t.parent == nil || t.isSynctest {
		return
	}
	status := "PASS"
	if t.Failed() {
		status = "FAIL"
	} else if t.Skipped() {
		status = "SKIP"
	}
	t.mu.Lock()
	out := string(t.output)
	t.mu.Unlock()
	record(t.name, status, out)
	if status == "FAIL" || t.chatty != nil {
		t.flushToParent(t.name, "--- %s: %s (%s)\n", status, t.name, fmtDuration(t.duration))
	}
}

// testState limits how many parallel tests run at once (-parallel, GOMAXPROCS by default).
type testState struct {
	mu            sync.Mutex
	match         *matcher
	maxParallel   int
	running       int
	numWaiting    int
	startParallel chan bool
}

func (s *testState) waitParallel() {
	s.mu.Lock()
	if s.running < s.maxParallel {
		s.running++
		s.mu.Unlock()
		return
	}
	s.numWaiting++
	s.mu.Unlock()
	<-s.startParallel
}

func (s *testState) release() {
	s.mu.Lock()
	if s.numWaiting == 0 {
		s.running--
		s.mu.Unlock()
		return
	}
	s.numWaiting--
	s.mu.Unlock()
	s.startParallel <- true
}
