package testing

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

// frame is one call site: the function (as Go names it: main.TestX.func1) and the line.
type frame struct {
	fn   string
	line int
}

// callerFrame reports the function and line of the Go frame skip levels above its caller.
func callerFrame(skip int) (fn string, line int, ok bool)

// racesFound reports how many data races the race detector has reported so far.
func racesFound() int

// elapsed reports the run's virtual clock in nanoseconds (never a synctest bubble's).
func elapsed() int64

// record hands a finished test's result to the runner (name, "PASS"/"FAIL"/"SKIP", its log).
func record(name, status string, output string)

// files maps the package's top-level functions and methods to their file names.
var files map[string]string

// fileOf returns the file declaring function fn (main.TestX.func1 is in TestX's file).
func fileOf(fn string) string {
	if !strings.HasPrefix(fn, "main.") {
		return "testing.go"
	}
	for name := fn[len("main."):]; ; {
		if f, ok := files[name]; ok {
			return f
		}
		i := strings.LastIndex(name, ".")
		if i < 0 {
			return "main.go"
		}
		name = name[:i]
	}
}

// log writes s with the caller's file and line, indented, to the test's output.
func (c *common) log(s string) {
	c.logAt(c.callSite(3), s)
}

// logAt writes s with the prefix where (`file.go:12: `) to the test's output.
func (c *common) logAt(where, s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s = where + s + "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if n.parent == nil {
		return // the root test has no output writer: Go drops the line
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, line := range strings.SplitAfter(s, "\n") {
		if line == "" {
			continue
		}
		if n.done || n.chatty == nil {
			n.output = append(n.output, indent...)
			n.output = append(n.output, line...)
		} else {
			n.chatty.Printf(n.name, "%s%s", indent, line)
		}
	}
}

// destination is the test that receives output: c, or its closest unfinished parent.
func (c *common) destination() *common {
	c.mu.Lock()
	done := c.done
	c.mu.Unlock()
	if !done && !c.isSynctest {
		return c
	}
	for p := c.parent; p != nil; p = p.parent {
		p.mu.Lock()
		done := p.done
		p.mu.Unlock()
		if !done {
			return p
		}
	}
	return nil
}

// callSite formats `file.go:line: ` for the first frame above skip that is not a helper
// (continuing at the t.Run call of the parent when a subtest's helpers reach tRunner).
func (c *common) callSite(skip int) string {
	var frames []frame
	for i := skip; ; i++ {
		fn, line, ok := callerFrame(i)
		if !ok {
			break
		}
		if len(frames) == 0 && isWrapper(fn) {
			continue
		}
		frames = append(frames, frame{fn, line})
		if fn == "testing.tRunner" {
			break
		}
	}
	f := c.pick(frames)
	if f.line == 0 {
		f.line = 1
	}
	return fmt.Sprintf("%s:%d: ", fileOf(f.fn), f.line)
}

// pick chooses the reported frame among frames (innermost first), skipping helpers.
func (c *common) pick(frames []frame) frame {
	var first, prev frame
	for len(frames) > 0 {
		f := frames[0]
		frames = frames[1:]
		if first.fn == "" {
			first = f
		}
		if f.fn == "testing.tRunner" {
			if c.level > 1 && c.parent != nil {
				frames = c.creator
				c = c.parent
				continue
			}
			return prev
		}
		c.mu.Lock()
		helper := c.helpers[f.fn]
		c.mu.Unlock()
		if !helper {
			return f
		}
		prev = f
	}
	return first
}

// isWrapper reports whether fn is a method of T or B promoted from common (called
// through the TB interface), which Go's tracebacks do not show.
func isWrapper(fn string) bool {
	return strings.HasPrefix(fn, "testing.(*T).") || strings.HasPrefix(fn, "testing.(*B).") || strings.HasPrefix(fn, "testing.(*F).")
}

// creatorFrames returns the frames above the caller of Run up to tRunner.
func creatorFrames(skip int) []frame {
	var frames []frame
	for i := skip; ; i++ {
		fn, line, ok := callerFrame(i)
		if !ok {
			break
		}
		frames = append(frames, frame{fn, line})
		if fn == "testing.tRunner" {
			break
		}
	}
	return frames
}

const indent = "    "

// chattyPrinter prints -v output, with `=== NAME` when the test writing changes.
type chattyPrinter struct {
	mu       sync.Mutex
	lastName string
}

// Updatef prints a status line of testName (=== RUN, --- PASS ...).
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastName = testName
	fmt.Fprintf(os.Stdout, format, args...)
}

// Printf prints a log line of testName.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(os.Stdout, "=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Fprintf(os.Stdout, format, args...)
}

// flushToParent writes the header (`--- FAIL: ...`) and c's output to the parent's output,
// or to stdout in -v mode when the parent is the top level.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	c.mu.Lock()
	out := string(c.output)
	c.output = c.output[:0]
	c.mu.Unlock()
	text := fmt.Sprintf(format, args...) + out
	if c.chatty != nil && p.parent == nil {
		c.chatty.Updatef(testName, "%s", text)
		return
	}
	if p.parent == nil {
		fmt.Fprint(os.Stdout, text)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.output = append(p.output, indent...)
			p.output = append(p.output, line...)
		}
	}
}

func fmtDuration(ns int64) string {
	return fmt.Sprintf("%.2fs", float64(ns)/1e9)
}
