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
    Func(Rc<dyn Fn()>),
    /// Call a function at once, outside any goroutine (see [`call_after`]).
    Call(Rc<dyn Fn()>),
}

impl TimerFn {
    fn dup(&self) -> TimerFn {
        match self {
            TimerFn::Wake(g) => TimerFn::Wake(*g),
            TimerFn::Send(c) => TimerFn::Send(c.clone()),
            TimerFn::Func(f) => TimerFn::Func(f.clone()),
            TimerFn::Call(f) => TimerFn::Call(f.clone()),
        }
    }

    /// Do what the timer does when it fires (called by the scheduler, outside any goroutine).
    pub(crate) fn fire(self) {
        match self {
            TimerFn::Wake(g) => with_rt(|rt| rt.ready(g)),
            TimerFn::Send(c) => {
                let now = with_rt(|rt| Time(rt.now.get()));
                c.try_send_internal(now);
            }
            TimerFn::Func(f) => with_rt(|rt| {
                let f = f.clone();
                rt.spawn("time.goFunc", "", Box::pin(async move { f() }));
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

    /// Take the earliest timer due at `now`, re-arming it if it is periodic.
    pub(crate) fn pop_due(&mut self, now: i64) -> Option<TimerFn> {
        self.drop_stale();
        let Reverse((when, _, id)) = *self.heap.peek()?;
        if when > now {
            return None;
        }
        self.heap.pop();
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
        Some(e.f)
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

    /// `t.Stop()`: true if the timer was pending.
    pub fn stop(&self) -> bool {
        with_rt(|rt| rt.timers.borrow_mut().stop(self.id.get()))
    }

    /// `t.Reset(d)`: true if the timer was pending.
    pub fn reset(&self, d: i64) -> bool {
        let was = self.stop();
        self.id.set(add_timer(d, 0, TimerFn::Send(self.c.clone())));
        was
    }
}

/// `time.NewTimer(d)`.
pub fn new_timer(d: i64) -> Timer {
    let c = Chan::new(1).named("timer.C");
    let id = add_timer(d, 0, TimerFn::Send(c.clone()));
    Timer { id: Cell::new(id), c }
}

/// `time.After(d)`: a channel that receives the time once, after `d`.
pub fn after(d: i64) -> Chan<Time> {
    new_timer(d).c
}

/// `time.AfterFunc(d, f)`: run `f` in a new goroutine after `d`.
pub fn after_func(d: i64, f: impl Fn() + 'static) -> Timer {
    let id = add_timer(d, 0, TimerFn::Func(Rc::new(f)));
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
    let c = Chan::new(1).named("ticker.C");
    let id = add_timer(d, d, TimerFn::Send(c.clone()));
    Ticker { id: Cell::new(id), period: Cell::new(d), c }
}

/// `time.Tick(d)`: a ticker's channel that is never stopped.
pub fn tick(d: i64) -> Chan<Time> {
    new_ticker(d).c
}

impl Ticker {
    /// `t.Stop()`.
    pub fn stop(&self) {
        with_rt(|rt| rt.timers.borrow_mut().stop(self.id.get()));
    }

    /// `t.Reset(d)`.
    pub fn reset(&self, d: i64) {
        self.stop();
        self.period.set(d);
        self.id.set(add_timer(d, d, TimerFn::Send(self.c.clone())));
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
    match c.inner() {
        Some(i) => with_rt(|rt| matches!(i.try_recv(rt), super::chan::Try::Done((Some(_), _)))),
        None => false,
    }
}
