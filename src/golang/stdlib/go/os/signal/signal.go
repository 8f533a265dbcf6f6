// Package signal: chanlab's implementation: a signal is an outside event the page (or the
// command line) injects while the program runs; Notify delivers it to the channels
// registered for it without blocking, as Go does.
package signal

import (
	"context"
	"os"
	"syscall"
)

// notify registers c for sigs (all signals if none) with the runtime's injectable events.
func notify(c chan<- os.Signal, sigs []os.Signal)

// stop unregisters c.
func stop(c chan<- os.Signal)

// Notify causes incoming signals to be relayed to c (never blocking: a full c misses them).
func Notify(c chan<- os.Signal, sig ...os.Signal) {
	if c == nil {
		panic("os/signal: Notify using nil channel")
	}
	if len(sig) == 0 {
		sig = []os.Signal{syscall.SIGINT, syscall.SIGTERM}
	}
	notify(c, sig)
}

// Stop causes package signal to stop relaying incoming signals to c.
func Stop(c chan<- os.Signal) { stop(c) }

// Ignore records sig (all signals when none is given) as ignored, for Ignored; delivery
// from the page's live control is unchanged.
func Ignore(sig ...os.Signal) {
	if len(sig) == 0 {
		allIgnored = true
	}
	for _, s := range sig {
		ignored[s] = true
	}
}

// ignored records what Ignore was given (as in Go, Reset does not undo it).
var (
	ignored    = map[os.Signal]bool{}
	allIgnored bool
)

// Ignored reports whether sig is currently ignored (by an earlier Ignore).
func Ignored(sig os.Signal) bool { return allIgnored || ignored[sig] }

// Reset is accepted and does nothing in chanlab.
func Reset(sig ...os.Signal) {}

// NotifyContext returns a copy of parent that is canceled when one of the signals
// arrives, when stop is called, or when parent is done.
func NotifyContext(parent context.Context, signals ...os.Signal) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	c := &signalCtx{Context: ctx, cancel: cancel, signals: signals}
	c.ch = make(chan os.Signal, 1)
	Notify(c.ch, c.signals...)
	if ctx.Err() == nil {
		go func() {
			select {
			case <-c.ch:
				c.cancel()
			case <-c.Done():
			}
		}()
	}
	return c, c.stop
}

type signalCtx struct {
	context.Context
	cancel  context.CancelFunc
	signals []os.Signal
	ch      chan os.Signal
}

func (c *signalCtx) stop() {
	c.cancel()
	Stop(c.ch)
}

func (c *signalCtx) String() string {
	// c.Context is the WithCancel context made from the parent: name the parent.
	name := contextName(c.Context)
	if n := len(name) - len(".WithCancel"); n >= 0 && name[n:] == ".WithCancel" {
		name = name[:n]
	}
	s := "signal.NotifyContext(" + name
	if len(c.signals) != 0 {
		s += ", ["
		for i, sig := range c.signals {
			if i > 0 {
				s += " "
			}
			s += sig.String()
		}
		s += "]"
	}
	return s + ")"
}

func contextName(c context.Context) string {
	if s, ok := c.(interface{ String() string }); ok {
		return s.String()
	}
	return "context"
}
