// Package errgroup: chanlab's implementation of golang.org/x/sync/errgroup (as the version
// Debian ships behaves): goroutines working on subtasks of a common task, the first error
// kept (and the derived context canceled), an optional limit on active goroutines.
package errgroup

import (
	"context"
	"fmt"
	"sync"
)

type token struct{}

// A Group is a collection of goroutines; the zero value is valid, has no limit and does
// not cancel on error.
type Group struct {
	cancel  func()
	wg      sync.WaitGroup
	sem     chan token // a slot per active goroutine when a limit is set
	errOnce sync.Once
	err     error
}

// WithContext returns a new Group and a Context derived from ctx, canceled the first time
// a function passed to Go returns an error or the first time Wait returns.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

// Wait blocks until all function calls from Go have returned, then returns the first
// non-nil error (if any) from them.
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

// done releases a finished goroutine's slot.
func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

// setErr keeps the first error and cancels the group's context.
func (g *Group) setErr(err error) {
	g.errOnce.Do(func() {
		g.err = err
		if g.cancel != nil {
			g.cancel()
		}
	})
}

// Go calls f in a new goroutine, blocking first while the limit of active goroutines is
// reached.
func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- token{}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.setErr(err)
		}
	}()
}

// TryGo calls f in a new goroutine only if the limit allows it now; it reports whether it
// did.
func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- token{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.setErr(err)
		}
	}()
	return true
}

// SetLimit limits the number of active goroutines to n (negative: no limit).
func (g *Group) SetLimit(n int) {
	if n < 0 {
		g.sem = nil
		return
	}
	if active := len(g.sem); active != 0 {
		panic(fmt.Errorf("errgroup: modify limit while %v goroutines in the group are still active", active))
	}
	g.sem = make(chan token, n)
}
