// Package sync: chanlab's implementation. Mutex, RWMutex, WaitGroup and Cond hold a
// runtime object (created on first use by the natives, so zero values work); blocking
// natives wait in the simulated runtime, which names their wait reasons
// (sync.Mutex.Lock, sync.WaitGroup.Wait...) in deadlock reports.
package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

type noCopy struct{}

// mutexState mirrors Go's internal mutex fields so that %v prints a Mutex as Go does
// ({{} {0 0}}, state 1 while locked); the natives keep the runtime mutex in sema.
type mutexState struct {
	state int32
	sema  uint32
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	_  noCopy
	mu mutexState
}

func (m *Mutex) Lock()

func (m *Mutex) Unlock()

func (m *Mutex) TryLock() bool

// A RWMutex is a reader/writer mutual exclusion lock; the zero value is unlocked. (Its
// fields mirror Go's for printing; the natives keep the runtime lock in writerSem.)
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

func (rw *RWMutex) Lock()

func (rw *RWMutex) Unlock()

func (rw *RWMutex) RLock()

func (rw *RWMutex) RUnlock()

func (rw *RWMutex) TryLock() bool

func (rw *RWMutex) TryRLock() bool

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish. (Its fields mirror Go's for
// printing: state holds counter<<32; the natives keep the runtime WaitGroup in sema.)
type WaitGroup struct {
	noCopy noCopy
	state  atomic.Uint64
	sema   uint32
}

func (wg *WaitGroup) Add(delta int)

func (wg *WaitGroup) Done() { wg.Add(-1) }

func (wg *WaitGroup) Wait()

// Go calls f in a new goroutine and adds that task to the WaitGroup.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

// Cond is a condition variable: a rendezvous point for goroutines waiting for an event.
type Cond struct {
	L Locker
	c any
}

func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L, suspends the goroutine until Signal or Broadcast, then
// locks c.L again (c.L must be a *Mutex in chanlab).
func (c *Cond) Wait()

func (c *Cond) Signal()

func (c *Cond) Broadcast()
