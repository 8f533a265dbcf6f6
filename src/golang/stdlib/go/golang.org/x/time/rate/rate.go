// Package rate: chanlab's implementation of golang.org/x/time/rate: a token-bucket rate
// limiter (the same arithmetic as the version Debian ships, on chanlab's virtual clock).
package rate

import (
	"context"
	"fmt"
	"math"
	"sync"
	"time"
)

// Limit is a rate: events per second.
type Limit float64

// Inf is the infinite rate limit: every event is allowed.
const Inf = Limit(math.MaxFloat64)

// InfDuration is the duration returned by Delay when a Reservation is not OK.
const InfDuration = time.Duration(math.MaxInt64)

// Every converts a minimum time interval between events to a Limit.
func Every(interval time.Duration) Limit {
	if interval <= 0 {
		return Inf
	}
	return 1 / Limit(interval.Seconds())
}

func (limit Limit) durationFromTokens(tokens float64) time.Duration {
	if limit <= 0 {
		return InfDuration
	}
	return time.Duration(float64(time.Second) * (tokens / float64(limit)))
}

func (limit Limit) tokensFromDuration(d time.Duration) float64 {
	if limit <= 0 {
		return 0
	}
	return d.Seconds() * float64(limit)
}

// A Limiter allows events up to rate limit with bursts of at most burst tokens; it starts
// full.
type Limiter struct {
	mu        sync.Mutex
	limit     Limit
	burst     int
	tokens    float64
	last      time.Time // when tokens was last updated
	lastEvent time.Time // the latest time of a rate-limited event
}

func NewLimiter(r Limit, b int) *Limiter {
	return &Limiter{limit: r, burst: b}
}

func (lim *Limiter) Limit() Limit {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	return lim.limit
}

func (lim *Limiter) Burst() int {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	return lim.burst
}

// advance returns the tokens available at t (capped at burst).
func (lim *Limiter) advance(t time.Time) (time.Time, float64) {
	last := lim.last
	if t.Before(last) {
		last = t
	}
	tokens := lim.tokens + lim.limit.tokensFromDuration(t.Sub(last))
	if b := float64(lim.burst); tokens > b {
		tokens = b
	}
	return t, tokens
}

func (lim *Limiter) TokensAt(t time.Time) float64 {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	_, tokens := lim.advance(t)
	return tokens
}

func (lim *Limiter) Tokens() float64 { return lim.TokensAt(time.Now()) }

func (lim *Limiter) Allow() bool { return lim.AllowN(time.Now(), 1) }

// AllowN reports whether n events may happen at time t (taking the tokens if so).
func (lim *Limiter) AllowN(t time.Time, n int) bool {
	return lim.reserveN(t, n, 0).ok
}

// A Reservation holds tokens reserved for an event at timeToAct.
type Reservation struct {
	ok        bool
	lim       *Limiter
	tokens    int
	timeToAct time.Time
	limit     Limit // the limit when the reservation was made
}

func (r *Reservation) OK() bool { return r.ok }

func (r *Reservation) Delay() time.Duration { return r.DelayFrom(time.Now()) }

func (r *Reservation) DelayFrom(t time.Time) time.Duration {
	if !r.ok {
		return InfDuration
	}
	if d := r.timeToAct.Sub(t); d > 0 {
		return d
	}
	return 0
}

func (r *Reservation) Cancel() { r.CancelAt(time.Now()) }

// CancelAt gives back the reserved tokens that later reservations have not used.
func (r *Reservation) CancelAt(t time.Time) {
	if !r.ok {
		return
	}
	lim := r.lim
	lim.mu.Lock()
	defer lim.mu.Unlock()
	if lim.limit == Inf || r.tokens == 0 || r.timeToAct.Before(t) {
		return
	}
	restore := float64(r.tokens) - r.limit.tokensFromDuration(lim.lastEvent.Sub(r.timeToAct))
	if restore <= 0 {
		return
	}
	t, tokens := lim.advance(t)
	tokens += restore
	if b := float64(lim.burst); tokens > b {
		tokens = b
	}
	lim.last = t
	lim.tokens = tokens
	if r.timeToAct == lim.lastEvent {
		prev := r.timeToAct.Add(r.limit.durationFromTokens(float64(-r.tokens)))
		if !prev.Before(t) {
			lim.lastEvent = prev
		}
	}
}

func (lim *Limiter) Reserve() *Reservation { return lim.ReserveN(time.Now(), 1) }

func (lim *Limiter) ReserveN(t time.Time, n int) *Reservation {
	r := lim.reserveN(t, n, InfDuration)
	return &r
}

// reserveN takes n tokens at t if the wait for them is at most maxWait.
func (lim *Limiter) reserveN(t time.Time, n int, maxWait time.Duration) Reservation {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	switch lim.limit {
	case Inf:
		return Reservation{ok: true, lim: lim, tokens: n, timeToAct: t}
	case 0:
		ok := lim.burst >= n
		if ok {
			lim.burst -= n
		}
		return Reservation{ok: ok, lim: lim, tokens: lim.burst, timeToAct: t}
	}
	t, tokens := lim.advance(t)
	tokens -= float64(n)
	var wait time.Duration
	if tokens < 0 {
		wait = lim.limit.durationFromTokens(-tokens)
	}
	r := Reservation{ok: n <= lim.burst && wait <= maxWait, lim: lim, limit: lim.limit}
	if r.ok {
		r.tokens = n
		r.timeToAct = t.Add(wait)
		lim.last = t
		lim.tokens = tokens
		lim.lastEvent = r.timeToAct
	}
	return r
}

func (lim *Limiter) Wait(ctx context.Context) error { return lim.WaitN(ctx, 1) }

// WaitN blocks until n events may happen, or ctx is done, or the wait would pass ctx's
// deadline.
func (lim *Limiter) WaitN(ctx context.Context, n int) error {
	lim.mu.Lock()
	burst, limit := lim.burst, lim.limit
	lim.mu.Unlock()
	if n > burst && limit != Inf {
		return fmt.Errorf("rate: Wait(n=%d) exceeds limiter's burst %d", n, burst)
	}
	select {
	case <-ctx.Done():
		return ctx.Err()
	default:
	}
	now := time.Now()
	maxWait := InfDuration
	if deadline, ok := ctx.Deadline(); ok {
		maxWait = deadline.Sub(now)
	}
	r := lim.reserveN(now, n, maxWait)
	if !r.ok {
		return fmt.Errorf("rate: Wait(n=%d) would exceed context deadline", n)
	}
	delay := r.DelayFrom(now)
	if delay == 0 {
		return nil
	}
	timer := time.NewTimer(delay)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		r.Cancel()
		return ctx.Err()
	}
}

func (lim *Limiter) SetLimit(newLimit Limit) { lim.SetLimitAt(time.Now(), newLimit) }

func (lim *Limiter) SetLimitAt(t time.Time, newLimit Limit) {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	t, tokens := lim.advance(t)
	lim.last, lim.tokens, lim.limit = t, tokens, newLimit
}

func (lim *Limiter) SetBurst(newBurst int) { lim.SetBurstAt(time.Now(), newBurst) }

func (lim *Limiter) SetBurstAt(t time.Time, newBurst int) {
	lim.mu.Lock()
	defer lim.mu.Unlock()
	t, tokens := lim.advance(t)
	lim.last, lim.tokens, lim.burst = t, tokens, newBurst
}
