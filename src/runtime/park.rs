//! Small futures the runtime's operations are built from: wait for a wake-up flag, stop
//! forever (after a panic or a fatal error), yield once.

use super::sched::with_rt;
use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A wake-up mailbox: 0 while parked, non-zero once woken (the value says how).
pub(crate) type Flag = Rc<Cell<u8>>;

pub(crate) fn flag() -> Flag {
    Rc::new(Cell::new(0))
}

/// Completes once `flag` is non-zero, with its value. The caller parks the goroutine first.
pub(crate) fn until(flag: &Flag) -> Until {
    Until(flag.clone())
}

pub(crate) struct Until(Flag);

impl Future for Until {
    type Output = u8;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u8> {
        match self.0.get() {
            0 => Poll::Pending,
            v => Poll::Ready(v),
        }
    }
}

/// Never completes: the goroutine stops here (a panic is unwinding it, or the program ended).
pub(crate) async fn halt<T>() -> T {
    std::future::pending().await
}

/// One runtime operation: counted, and in parallel mode a point where another goroutine may
/// run first. Never completes once the program has stopped.
pub(crate) fn op() -> Op {
    Op
}

pub(crate) struct Op;

impl Future for Op {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if with_rt(|rt| rt.tick()) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// Raise a Go panic at `site` and never return.
pub(crate) async fn raise<T>(msg: String, site: &'static str) -> T {
    with_rt(|rt| rt.raise(msg, site));
    halt().await
}

/// A runtime `throw` (`fatal error: ...`): the program ends.
pub(crate) async fn throw<T>(msg: &str, site: &'static str) -> T {
    with_rt(|rt| rt.fatal(msg, site));
    halt().await
}

/// Yield once: the caller has already put the goroutine on a run queue.
pub(crate) struct YieldOnce(bool);

pub(crate) fn yield_once() -> YieldOnce {
    YieldOnce(false)
}

impl Future for YieldOnce {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}
