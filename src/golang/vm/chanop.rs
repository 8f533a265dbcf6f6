//! Channel operations polled inside the fiber's run: most complete at once (a buffer with
//! room or a value, a partner already waiting), so the instruction loop polls the runtime's
//! future itself, as the goroutine's task would, and goes on to the next instruction without
//! leaving the run. Only an operation that must wait leaves it, already polled
//! ([`Exit::Parked`]); the task then records the stack and waits, exactly as if it had
//! polled the operation first. A nested run (a native's callback) keeps the old path.

use super::code::{SelectDesc, NO_REG};
use super::fiber::{chan_of, Blocker, Exit, Fiber};
use super::value::Value;
use crate::runtime::{Chan, ValCase, ValSelect};
use std::future::Future;
use std::future::IntoFuture;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Poll `fut` once, as the task would (the runtime's channel futures ignore the waker: the
/// scheduler readies goroutines by id).
fn poll_now<F: Future + Unpin>(fut: &mut F) -> Poll<F::Output> {
    Pin::new(fut).poll(&mut Context::from_waker(Waker::noop()))
}

impl Fiber {
    /// `ch <- v` on an open (or nil) channel, `v` an absolute register: `None` once sent,
    /// else the exit to wait (a `close` meanwhile panics where a deferred `recover` sees it:
    /// see `vm/task.rs`).
    pub(crate) fn chan_send(&mut self, ch: &Chan<Value>, v: usize, site: &'static str) -> Option<Exit> {
        let mut fut = ch.send(self.stack[v].clone()).at(site);
        if self.nested {
            return Some(Exit::Await(Blocker::Send(fut)));
        }
        match poll_now(&mut fut) {
            Poll::Ready(()) => None,
            Poll::Pending => Some(Exit::Parked(Blocker::Send(fut))),
        }
    }

    /// `v[, ok] = <-ch` into register `dst` (and `dst + 1`), zero value number `z`: `None`
    /// once received, else the exit to wait.
    pub(crate) fn chan_recv(&mut self, dst: usize, c: usize, z: u32, ok: bool, site: &'static str) -> Option<Exit> {
        let mut fut = chan_of(&self.stack[c]).recv_ok().at(site);
        if !self.nested {
            if let Poll::Ready((v, got)) = poll_now(&mut fut) {
                self.stack[dst] = if got { v } else { self.m.prog.zeros[z as usize].copied() };
                if ok {
                    self.stack[dst + 1] = Value::Bool(got);
                }
                return None;
            }
        }
        let zero = self.m.prog.zeros[z as usize].copied();
        let blocker = Blocker::Recv { fut, dst, zero, ok };
        Some(if self.nested { Exit::Await(blocker) } else { Exit::Parked(blocker) })
    }

    /// A `select` (`desc`, its registers from `base`), the chosen case's index going to
    /// register `d`: `None` once a case ran (its received value stored), else the exit to
    /// wait. Its cases are built without a closure per case (`runtime::ValCase`), and the
    /// future is boxed only when it waits.
    pub(crate) fn run_select(&mut self, desc: &SelectDesc, base: usize, d: u16) -> Option<Exit> {
        let site = self.site();
        let dst = base + d as usize;
        if let ([c], false) = (&desc.cases[..], desc.default) {
            let exit = self.select_one(c, base, d, site);
            return self.poll_select(exit);
        }
        let n = desc.cases.len();
        let mut cases = Vec::with_capacity(n);
        for (i, c) in desc.cases.iter().enumerate() {
            let ch = chan_of(&self.stack[base + c.ch as usize]);
            cases.push(if c.send {
                ValCase::send(i, ch, self.stack[base + c.val as usize].clone())
            } else {
                ValCase::recv(i, ch)
            });
        }
        let default = desc.default.then_some((n, Value::Nil, false));
        let mut fut = ValSelect::values(cases, default).at(site).into_future();
        if !self.nested {
            if let Poll::Ready((i, v, ok)) = poll_now(&mut fut) {
                self.stack[dst] = Value::Int(i as i64);
                if let Some(c) = desc.cases.get(i).filter(|c| !c.send && c.val != NO_REG) {
                    let at = base + c.val as usize;
                    self.stack[at] = if ok { v } else { self.m.prog.zeros[c.zero as usize].copied() };
                    self.stack[at + 1] = Value::Bool(ok);
                }
                return None;
            }
        }
        let recv = desc
            .cases
            .iter()
            .map(|c| match c.send || c.val == NO_REG {
                true => (usize::MAX, Value::Nil),
                false => (base + c.val as usize, self.m.prog.zeros[c.zero as usize].copied()),
            })
            .collect();
        let blocker = Blocker::Select { fut: Box::pin(fut), dst, recv };
        Some(if self.nested { Exit::Await(blocker) } else { Exit::Parked(blocker) })
    }

    /// A one-case `select`'s future (built by `Fiber::select_one`, in `Exit::Await`): polled
    /// here; `None` once it ran (its received value stored), else the exit to wait.
    fn poll_select(&mut self, exit: Exit) -> Option<Exit> {
        let Exit::Await(Blocker::Select { mut fut, dst, mut recv }) = exit else {
            return Some(exit);
        };
        if self.nested {
            return Some(Exit::Await(Blocker::Select { fut, dst, recv }));
        }
        match fut.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready((i, v, ok)) => {
                self.stack[dst] = Value::Int(i as i64);
                if let Some((at, zero)) = recv.get_mut(i).filter(|r| r.0 != usize::MAX) {
                    self.stack[*at] = if ok { v } else { std::mem::take(zero) };
                    self.stack[*at + 1] = Value::Bool(ok);
                }
                None
            }
            Poll::Pending => Some(Exit::Parked(Blocker::Select { fut, dst, recv })),
        }
    }
}
