//! Timers on the virtual clock, and the `time` package built on them: `Sleep`, `After`,
//! `NewTimer`, `NewTicker`, `Tick`, `AfterFunc`, `Stop`, `Reset`, `Now`, `Since`.
//!
//! Invariants:
//! - Timers fire in deadline order; ties fire in the order the timers were set (real Go's
//!   nanosecond clock makes later calls strictly later).
//! - A firing timer does what Go's does: a sleep readies its goroutine (taking `runnext`); a
//!   timer or ticker channel gets a non-blocking send of the time; `AfterFunc` (and context
//!   deadlines) start a *new goroutine* to run the function.
//! - `Sleep(d)` with `d <= 0` returns at once without yielding.
//! - Timer and ticker channels behave as Go 1.23 made them: synchronous-looking (`len` and
//!   `cap` are 0), a receive or `select` on one whose timer is due runs the timer first
//!   (Go's `maybeRunChan`), the value is the time the timer was due, and `Stop` / `Reset`
//!   discard a value not yet received, so no stale time is ever read after them.

use super::chan::Chan;
use super::event::{Gid, WaitReason};
use super::sched::with_rt;
use std::cell::Cell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A point on the virtual clock (nanoseconds since the program started).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Time(pub i64);

impl Time {
    /// Nanoseconds from `earlier` to `self` (`t.Sub(earlier)`; named as in Go, not `ops::Sub`,
    /// because Go's result is a Duration, not a Time).
    #[allow(clippy::should_implement_trait)]
    pub fn sub(self, earlier: Time) -> i64 {
        self.0 - earlier.0
    }
}

pub(crate) enum TimerFn {
    Wake(Gid),
    Send(Chan<Time>),
    /// `AfterFunc`: start a goroutine running the function; hidden from learners when the
    /// function is the runtime's own (a context's deadline).
    Func(Rc<dyn Fn()>, bool),
    /// Call a function at once, outside any goroutine (see [`call_after`]).
    Call(Rc<dyn Fn()>),
}

impl TimerFn {
    fn dup(&self) -> TimerFn {
        match self {
            TimerFn::Wake(g) => TimerFn::Wake(*g),
            TimerFn::Send(c) => TimerFn::Send(c.clone()),
            TimerFn::Func(f, hidden) => TimerFn::Func(f.clone(), *hidden),
            TimerFn::Call(f) => TimerFn::Call(f.clone()),
        }
    }

    /// Do what the timer, due at `when`, does when it fires (called by the scheduler outside
    /// any goroutine, or by a receive on its channel).
    pub(crate) fn fire(self, when: i64) {
        match self {
            TimerFn::Wake(g) => with_rt(|rt| rt.ready(g)),
            TimerFn::Send(c) => c.try_send_internal(Time(when)),
            TimerFn::Func(f, hidden) => with_rt(|rt| {
                let body = Box::pin(async move { f() });
                if hidden {
                    rt.spawn_hidden("time.goFunc", body);
                } else {
                    rt.creator.set(Some("time.goFunc"));
                    rt.spawn("time.goFunc", "", body);
                }
            }),
            TimerFn::Call(f) => f(),
        }
    }
}

struct Entry {
    when: i64,
    seq: u64,
    period: i64,
    f: TimerFn,
}

/// The timer heap: entries by id, ordered by (deadline, sequence). Stopped or reset timers
/// leave stale heap items behind, recognised by their sequence number.
#[derive(Default)]
pub(crate) struct Timers {
    entries: HashMap<u64, Entry>,
    heap: BinaryHeap<Reverse<(i64, u64, u64)>>,
    next_id: u64,
    seq: u64,
}

impl Timers {
    pub(crate) fn add(&mut self, when: i64, period: i64, f: TimerFn) -> u64 {
        self.next_id += 1;
        let id = self.next_id;
        self.set(id, when, period, f);
        id
    }

    fn set(&mut self, id: u64, when: i64, period: i64, f: TimerFn) {
        self.seq += 1;
        self.entries.insert(id, Entry { when, seq: self.seq, period, f });
        self.heap.push(Reverse((when, self.seq, id)));
    }

    /// Remove a pending timer; true if it was pending (Go's `Stop` result).
    pub(crate) fn stop(&mut self, id: u64) -> bool {
        self.entries.remove(&id).is_some()
    }

    fn drop_stale(&mut self) {
        while let Some(Reverse((_, seq, id))) = self.heap.peek() {
            match self.entries.get(id) {
                Some(e) if e.seq == *seq => return,
                _ => {
                    self.heap.pop();
                }
            }
        }
    }

    pub(crate) fn next_when(&mut self) -> Option<i64> {
        self.drop_stale();
        self.heap.peek().map(|Reverse((when, _, _))| *when)
    }

    pub(crate) fn due(&mut self, now: i64) -> bool {
        self.next_when().is_some_and(|w| w <= now)
    }

    /// Take the earliest timer due at `now` with its deadline, re-arming it if it is periodic.
    pub(crate) fn pop_due(&mut self, now: i64) -> Option<(i64, TimerFn)> {
        self.drop_stale();
        let Reverse((when, _, id)) = *self.heap.peek()?;
        if when > now {
            return None;
        }
        self.heap.pop();
        self.take_due(id, now)
    }

    /// Whether timer `id` is pending and due at `now`.
    pub(crate) fn is_due(&self, id: u64, now: i64) -> bool {
        self.entries.get(&id).is_some_and(|e| e.when <= now)
    }

    /// Timer `id` if it is pending and due at `now` (Go's `maybeRunChan`): taken out (or
    /// re-armed if periodic; its heap item goes stale) with its deadline.
    pub(crate) fn take_if_due(&mut self, id: u64, now: i64) -> Option<(i64, TimerFn)> {
        match self.entries.get(&id) {
            Some(e) if e.when <= now => self.take_due(id, now),
            _ => None,
        }
    }

    fn take_due(&mut self, id: u64, now: i64) -> Option<(i64, TimerFn)> {
        let e = self.entries.remove(&id).expect("live heap item has an entry");
        if e.period > 0 {
            // Like Go's ticker: the next tick is one period on, skipping missed ones.
            let mut next = e.when + e.period;
            if next <= now {
                next += e.period * ((now - next) / e.period + 1);
            }
            let f = e.f.dup();
            self.set(id, next, e.period, f);
        }
        Some((e.when, e.f))
    }
}

/// `time.Now()`.
pub fn now() -> Time {
    with_rt(|rt| Time(rt.now.get()))
}

/// `time.Since(t)` in nanoseconds.
pub fn since(t: Time) -> i64 {
    now().sub(t)
}

fn add_timer(d: i64, period: i64, f: TimerFn) -> u64 {
    with_rt(|rt| {
        let when = rt.now.get() + d.max(0);
        rt.timers.borrow_mut().add(when, period, f)
    })
}

/// `time.Sleep(d)`: park for `d` nanoseconds of virtual time.
pub fn sleep(d: i64) -> Sleep {
    Sleep { d, state: Cell::new(0), site: "" }
}

/// The future returned by [`sleep`].
pub struct Sleep {
    d: i64,
    state: Cell<u8>,
    site: &'static str,
}

impl Sleep {
    /// The source label of this call, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl Future for Sleep {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        match self.state.get() {
            0 => {
                if !with_rt(|rt| rt.tick()) {
                    return Poll::Pending;
                }
                if self.d <= 0 {
                    return Poll::Ready(());
                }
                self.state.set(1);
                let g = with_rt(|rt| rt.cur.get());
                add_timer(self.d, 0, TimerFn::Wake(g));
                with_rt(|rt| {
                    rt.note_wait(super::explain::Wait::Sleep);
                    rt.park(WaitReason::Sleep, "", self.site)
                });
                Poll::Pending
            }
            _ => Poll::Ready(()),
        }
    }
}

/// A `*time.Timer`: its channel `c` receives the time when it fires.
pub struct Timer {
    id: Cell<u64>,
    pub c: Chan<Time>,
}

impl Timer {
    pub(crate) fn id(&self) -> u64 {
        self.id.get()
    }

    /// `t.Stop()`: true if the timer was pending. A fired value not yet received is
    /// discarded (Go 1.23).
    pub fn stop(&self) -> bool {
        self.c.drain_timer();
        with_rt(|rt| rt.timers.borrow_mut().stop(self.id.get()))
    }

    /// `t.Reset(d)`: true if the timer was pending. A fired value not yet received is
    /// discarded (Go 1.23).
    pub fn reset(&self, d: i64) -> bool {
        let was = self.stop();
        self.id.set(add_timer(d, 0, TimerFn::Send(self.c.clone())));
        self.c.set_timer(self.id.get());
        was
    }
}

/// A timer's or ticker's channel: one slot inside, none visible (Go 1.23).
fn timer_chan(name: &'static str) -> Chan<Time> {
    Chan::new(1).named(name)
}

/// `time.NewTimer(d)`.
pub fn new_timer(d: i64) -> Timer {
    let c = timer_chan("timer.C");
    let id = add_timer(d, 0, TimerFn::Send(c.clone()));
    c.set_timer(id);
    Timer { id: Cell::new(id), c }
}

/// `time.After(d)`: a channel that receives the time once, after `d`.
pub fn after(d: i64) -> Chan<Time> {
    new_timer(d).c
}

/// `time.AfterFunc(d, f)`: run `f` in a new goroutine after `d` (created by `time.goFunc`).
pub fn after_func(d: i64, f: impl Fn() + 'static) -> Timer {
    let id = add_timer(d, 0, TimerFn::Func(Rc::new(f), false));
    Timer { id: Cell::new(id), c: Chan::nil() }
}

/// `AfterFunc` for the runtime's own use (a context's deadline): its goroutine is hidden
/// from learners (no report, event or scheduling choice shows it).
pub(crate) fn after_func_hidden(d: i64, f: impl Fn() + 'static) -> Timer {
    let id = add_timer(d, 0, TimerFn::Func(Rc::new(f), true));
    Timer { id: Cell::new(id), c: Chan::nil() }
}

/// A `*time.Ticker`.
pub struct Ticker {
    id: Cell<u64>,
    period: Cell<i64>,
    pub c: Chan<Time>,
}

/// `time.NewTicker(d)`; panics like Go for a non-positive interval.
pub fn new_ticker(d: i64) -> Ticker {
    assert!(d > 0, "non-positive interval for NewTicker");
    let c = timer_chan("ticker.C");
    let id = add_timer(d, d, TimerFn::Send(c.clone()));
    c.set_timer(id);
    Ticker { id: Cell::new(id), period: Cell::new(d), c }
}

/// `time.Tick(d)`: a ticker's channel that is never stopped.
pub fn tick(d: i64) -> Chan<Time> {
    new_ticker(d).c
}

impl Ticker {
    /// `t.Stop()`; a tick not yet received is discarded (Go 1.23).
    pub fn stop(&self) {
        self.c.drain_timer();
        with_rt(|rt| rt.timers.borrow_mut().stop(self.id.get()));
    }

    /// `t.Reset(d)`; a tick not yet received is discarded (Go 1.23).
    pub fn reset(&self, d: i64) {
        self.stop();
        self.period.set(d);
        self.id.set(add_timer(d, d, TimerFn::Send(self.c.clone())));
        self.c.set_timer(self.id.get());
    }
}

/// A timer that calls `f` when it fires (outside any goroutine; again every `period` ns if
/// `period > 0`): the Go interpreter's timers send their own values with it. Returns the
/// timer's id for [`stop_timer`].
pub fn call_after(d: i64, period: i64, f: impl Fn() + 'static) -> u64 {
    add_timer(d, period, TimerFn::Call(Rc::new(f)))
}

/// Stop a timer made by [`call_after`]: true if it was pending.
pub fn stop_timer(id: u64) -> bool {
    with_rt(|rt| rt.timers.borrow_mut().stop(id))
}

/// Drop a value waiting in a timer channel's buffer without blocking (Go 1.23: `Stop` and
/// `Reset` leave no stale value). Returns whether a value was dropped.
pub fn drain_timer_chan<T>(c: &Chan<T>) -> bool {
    c.drain_timer()
}

/// Make `c` (a one-slot channel) the channel of timer `id` (from [`call_after`]), as Go 1.23
/// timer channels are: `len` and `cap` report 0, and a receive or `select` that finds the
/// timer due runs it first, so its value is ready at once. Bind again after re-arming.
pub fn bind_timer_chan<T>(c: &Chan<T>, id: u64) {
    c.set_timer(id)
}
