//! time natives: the virtual clock, Sleep, and timers whose channels carry `time.Time`
//! values (built with the layout `time.Time{sec, nsec, mono}` of go/time/time.go).

use super::int;
use crate::golang::vm::fiber::Fiber;
use crate::golang::vm::native::{NativeCx, NativeResult, Registry};
use crate::golang::vm::value::Value;
use crate::runtime::{self, Chan};
use std::cell::Cell;
use std::rc::Rc;

pub fn register(reg: &mut Registry) {
    reg.add("time.now", now);
    reg.add("time.Sleep", sleep);
    reg.add("time.timerChan", timer_chan);
    reg.add("time.startTimer", start_timer);
    reg.add("time.stopTimer", stop_timer);
    reg.add("time.resetTimer", reset_timer);
    reg.add("time.bubble", bubble);
}

thread_local! {
    /// The virtual instant the running `testing/synctest` bubble started at, if one runs.
    static BUBBLE: Cell<Option<i64>> = const { Cell::new(None) };
}

/// Start (`Some(virtual instant)`) or end (`None`) a synctest bubble's clock: inside it
/// `time.Now` counts from 2000-01-01 00:00:00 UTC, without a monotonic reading.
pub(crate) fn set_bubble(start: Option<i64>) {
    BUBBLE.with(|b| b.set(start))
}

/// Whether a synctest bubble is running.
pub(crate) fn in_bubble() -> bool {
    BUBBLE.with(Cell::get).is_some()
}

/// The virtual instant the running synctest bubble started at.
pub(crate) fn bubble_start() -> Option<i64> {
    BUBBLE.with(Cell::get)
}

/// `bubble() (start int64, ok bool)`.
fn bubble(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    let b = BUBBLE.with(Cell::get);
    NativeResult::Values(vec![Value::Int(b.unwrap_or(0)), Value::Bool(b.is_some())])
}

/// Seconds from 0001-01-01 to 2000-01-01 00:00:00 UTC, where a bubble's clock starts.
const BUBBLE_SEC: i64 = 62135596800 + 946684800;

/// Seconds from 0001-01-01 to the virtual clock's zero, 2009-11-10 23:00:00 UTC.
const START_SEC: i64 = 62135596800 + 1257894000;

/// The `time.Time` of virtual instant `ns`, with its monotonic reading.
pub(crate) fn time_value(ns: i64) -> Value {
    if let Some(start) = BUBBLE.with(Cell::get) {
        let ns = ns - start;
        return Value::agg(vec![
            Value::Int(BUBBLE_SEC + ns / 1_000_000_000),
            Value::Int(ns % 1_000_000_000),
            Value::Int(0),
        ]);
    }
    Value::agg(vec![Value::Int(START_SEC + ns / 1_000_000_000), Value::Int(ns % 1_000_000_000), Value::Int(ns + 1)])
}

fn now(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::one(Value::Int(runtime::elapsed()))
}

fn sleep(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let (d, site) = (int(args, 0).min(FAR), cx.site());
    NativeResult::block(async move {
        runtime::sleep(d).at(site).await;
        NativeResult::none()
    })
}

fn timer_chan(_: &mut NativeCx, _: &[Value]) -> NativeResult {
    NativeResult::one(Value::Chan(Chan::new(1).named("timer.C")))
}

/// A running timer: what it does when it fires, and its current runtime timer id.
struct TimerObj {
    id: Cell<u64>,
    fire: Rc<dyn Fn()>,
    chan: Option<Chan<Value>>,
    /// The race detector's sync object: arming the timer happens before `f` runs.
    sync: Rc<u8>,
}

/// What firing does: send the time on `c`, or start `f` in a new goroutine (which starts
/// knowing what the goroutine that armed the timer had done, as in Go, via `sync`).
fn firing(cx: &NativeCx, c: Option<Chan<Value>>, f: Value, sync: &Rc<u8>) -> Rc<dyn Fn()> {
    match c {
        Some(c) => Rc::new(move || c.try_send_internal(time_value(runtime::elapsed()))),
        None => {
            let m = cx.fiber.m.clone();
            let sync = sync.clone();
            Rc::new(move || {
                let g = Fiber::new(m.clone()).spawn_value(f.clone(), Vec::new(), "");
                runtime::race_inherit(g, Rc::as_ptr(&sync) as usize);
            })
        }
    }
}

/// Durations beyond any run's reach (the clock must not overflow adding them).
const FAR: i64 = i64::MAX / 4;

/// Start `t`'s runtime timer; its channel becomes a Go 1.23 timer channel (a receive or
/// `select` that finds the timer due gets its value at once).
fn arm(t: &TimerObj, d: i64, period: i64) {
    let (d, period) = (d.min(FAR), period.min(FAR));
    let fire = t.fire.clone();
    runtime::race_sync(Rc::as_ptr(&t.sync) as usize);
    t.id.set(runtime::call_after(d, period, move || fire()));
    if let Some(c) = &t.chan {
        runtime::bind_timer_chan(c, t.id.get());
    }
}

/// `startTimer(c, f, d, period) any`.
fn start_timer(cx: &mut NativeCx, args: &[Value]) -> NativeResult {
    let chan = match &args[0] {
        Value::Chan(c) => Some(c.clone()),
        _ => None,
    };
    let sync = Rc::new(0);
    let t = TimerObj { id: Cell::new(0), fire: firing(cx, chan.clone(), args[1].clone(), &sync), chan, sync };
    arm(&t, int(args, 2), int(args, 3));
    NativeResult::one(Value::Native(Rc::new(t)))
}

fn timer_of(v: &Value) -> Option<&TimerObj> {
    match v {
        Value::Native(rc) => rc.downcast_ref::<TimerObj>(),
        _ => None,
    }
}

/// Stop `t` and empty its channel: whether it was pending. (Go 1.23: a timer that fired but
/// whose value nobody received yet still counts as pending, and its value is dropped.)
fn stop(t: &TimerObj) -> bool {
    let pending = runtime::stop_timer(t.id.get());
    let unreceived = t.chan.as_ref().is_some_and(runtime::drain_timer_chan);
    pending || unreceived
}

fn stop_timer(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let was = timer_of(&args[0]).is_some_and(stop);
    NativeResult::one(Value::Bool(was))
}

fn reset_timer(_: &mut NativeCx, args: &[Value]) -> NativeResult {
    let Some(t) = timer_of(&args[0]) else { return NativeResult::one(Value::Bool(false)) };
    let was = stop(t);
    arm(t, int(args, 1), int(args, 2));
    NativeResult::one(Value::Bool(was))
}
