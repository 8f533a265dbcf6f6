// Sleep, Timer, Ticker, After, AfterFunc, Tick on the runtime's virtual clock.

package time

// Sleep pauses the current goroutine for at least d (d <= 0 returns at once).
func Sleep(d Duration)

// startTimer arms a runtime timer after d (then every period if > 0) that sends the time on
// c (nil: none) or runs f in a new goroutine; it returns the runtime timer.
func startTimer(c chan Time, f func(), d, period Duration) any

// timerChan makes a timer's channel. (It has a one-value buffer that Stop and Reset empty:
// Go 1.23's synchronous timer channels as far as a program can tell, except that cap(C)
// reports 1 instead of 0.)
func timerChan() chan Time

// stopTimer disarms r and drops a value not yet received from its channel; true if r was
// pending.
func stopTimer(r any) bool

// resetTimer re-arms r after d (then every period): true if it was pending.
func resetTimer(r any, d, period Duration) bool

// The Timer type represents a single event: when it expires the current time is sent on C
// (unless the Timer was made by AfterFunc).
type Timer struct {
	C <-chan Time
	r any
}

func NewTimer(d Duration) *Timer {
	c := timerChan()
	return &Timer{C: c, r: startTimer(c, nil, d, 0)}
}

// Stop prevents the Timer from firing: true if the call stopped it, false if it had already
// expired or been stopped. After Stop no stale value can be received from C.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after d: true if it had been active.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, d, 0)
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startTimer(nil, f, d, 0)}
}

// A Ticker holds a channel that delivers the time at intervals.
type Ticker struct {
	C <-chan Time
	r any
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := timerChan()
	return &Ticker{C: c, r: startTimer(c, nil, d, d)}
}

func (t *Ticker) Stop() {
	if t.r == nil {
		return
	}
	stopTimer(t.r)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, d, d)
}

// Tick returns a ticker's channel (nil for d <= 0); the ticker is never stopped.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
