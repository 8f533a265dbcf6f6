//! Channel operations polled inside the fiber's run: most complete at once (a buffer with
//! room or a value, a partner already waiting), so the instruction loop polls the runtime's
//! future itself, as the goroutine's task would, and goes on to the next instruction without
//! leaving the run. Only an operation that must wait leaves it, already polled
//! ([`Exit::Parked`], or [`Exit::Waiting`] with its future built in place in
//! [`Fiber::wait`]); the task then records the stack and waits, exactly as if it had polled
//! the operation first. A nested run (a native's callback) keeps the old path.

use super::code::{SelectDesc, NO_REG};
use super::fiber::{chan_of, Blocker, Exit, Fiber};
use super::value::Value;
use crate::runtime::{
    select_now, CaseRef, Chan, Chosen, Now, ValCase, ValSelect, ValSelectFut, NOW_CASES, SEND_ON_CLOSED,
};
use std::future::Future;
use std::future::IntoFuture;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Poll `fut` once, as the task would (the runtime's channel futures ignore the waker: the
/// scheduler readies goroutines by id).
fn poll_now<F: Future + Unpin>(fut: &mut F) -> Poll<F::Output> {
    Pin::new(fut).poll(&mut Context::from_waker(Waker::noop()))
}

/// The panic of a send on a closed channel.
fn send_on_closed() -> Value {
    Value::iface(super::value::RUNTIME_ERROR, Value::str("send on closed channel"))
}

impl Fiber {
    /// `ch <- v` from registers `c` and `v` (absolute): `Ok(None)` once sent, `Ok(Some(exit))`
    /// to wait, `Err(panic)` on a closed channel. `fast` (one processor): done at once
    /// through `Chan::send_now` when it can be; `site` names the statement.
    pub(crate) fn send_op(
        &mut self,
        c: usize,
        v: usize,
        fast: bool,
        site: impl Fn() -> &'static str,
    ) -> Result<Option<Exit>, Value> {
        if let (Value::Chan(ch), true, false) = (&self.stack[c], fast, self.nested) {
            let wait = &mut self.wait;
            let home = move |f| {
                let wait = wait; // moved: the closure hands out the borrow
                *wait = Blocker::Send(f);
                match wait {
                    Blocker::Send(f) => f,
                    _ => unreachable!("just stored"),
                }
            };
            return match ch.send_now(self.stack[v].clone(), site, home) {
                Some(Now::Done(())) => Ok(None),
                Some(Now::Parked(())) => Ok(Some(Exit::Waiting)),
                Some(Now::Poll(f)) => Ok(Some(Exit::Await(Blocker::Send(f)))),
                None => Err(send_on_closed()),
            };
        }
        let ch = chan_of(&self.stack[c]);
        if ch.is_closed() {
            return Err(send_on_closed());
        }
        Ok(self.chan_send(&ch, v, site()))
    }

    /// `v[, ok] = <-ch` from register `c` into `dst` (and `dst + 1`), zero value number `z`:
    /// `None` once received, else the exit to wait. `fast` as for [`Fiber::send_op`].
    pub(crate) fn recv_op(
        &mut self,
        dst: usize,
        c: usize,
        (z, ok): (u32, bool),
        fast: bool,
        site: impl Fn() -> &'static str,
    ) -> Option<Exit> {
        if !fast || self.nested || c == dst {
            return self.chan_recv(dst, c, z, ok, site());
        }
        // The channel's register and the destination, borrowed together.
        let (ch, slot) = if c < dst {
            let (a, b) = self.stack.split_at_mut(dst);
            (&a[c], &mut b[0])
        } else {
            let (a, b) = self.stack.split_at_mut(c);
            (&b[0], &mut a[dst])
        };
        let Value::Chan(ch) = ch else { return self.chan_recv(dst, c, z, ok, site()) };
        let wait = &mut self.wait;
        let home = move |fut| {
            let wait = wait; // moved: the closure hands out the borrow
            *wait = Blocker::Recv { fut, dst: dst as u32, zero: z, ok };
            match wait {
                Blocker::Recv { fut, .. } => fut,
                _ => unreachable!("just stored"),
            }
        };
        match ch.recv_now_into(slot, site, home) {
            Now::Done(got) => {
                if !got {
                    self.stack[dst] = self.m.prog.zeros[z as usize].copied();
                }
                if ok {
                    self.stack[dst + 1].set_bool(got);
                }
                None
            }
            Now::Parked(()) => Some(Exit::Waiting),
            Now::Poll(fut) => Some(Exit::Await(Blocker::Recv { fut, dst: dst as u32, zero: z, ok })),
        }
    }

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
                    self.stack[dst + 1].set_bool(got);
                }
                return None;
            }
        }
        let blocker = Blocker::Recv { fut, dst: dst as u32, zero: z, ok };
        Some(if self.nested { Exit::Await(blocker) } else { Exit::Parked(blocker) })
    }

    /// A `select` (`desc`, its registers from `base`), the chosen case's index going to
    /// register `d`: `Ok(None)` once a case ran (its received value stored), `Ok(Some(exit))`
    /// to wait, `Err(panic)` for a send case on a closed channel. `fast` (one processor): done
    /// through `runtime::select_now`, building the select's future only when it must wait.
    pub(crate) fn run_select(
        &mut self,
        desc: &SelectDesc,
        (base, d): (usize, u16),
        fast: bool,
        site: impl Fn() -> &'static str,
    ) -> Result<Option<Exit>, Value> {
        let dst = base + d as usize;
        if let ([c], false) = (&desc.cases[..], desc.default) {
            let exit = self.select_one(c, base, d, site());
            return Ok(self.poll_select(exit));
        }
        let n = desc.cases.len();
        let nil = Chan::nil();
        let mut refs = [CaseRef::Recv(&nil); NOW_CASES];
        let now = if fast && !self.nested && n <= NOW_CASES {
            for (r, c) in refs.iter_mut().zip(&desc.cases) {
                let ch = match &self.stack[base + c.ch as usize] {
                    Value::Chan(ch) => ch,
                    _ => &nil,
                };
                *r = if c.send { CaseRef::Send(ch, &self.stack[base + c.val as usize]) } else { CaseRef::Recv(ch) };
            }
            select_now(&refs[..n], desc.default, site)
        } else {
            Now::Poll(Box::pin(self.select_future(desc, base, site())))
        };
        let (fut, parked) = match now {
            Now::Done(chosen) => return self.store_chosen(desc, base, dst, chosen).map(|()| None),
            Now::Parked(f) => (f, true),
            Now::Poll(f) => (f, false),
        };
        let recv = desc
            .cases
            .iter()
            .map(|c| match c.send || c.val == NO_REG {
                true => (usize::MAX, Value::Nil),
                false => (base + c.val as usize, self.m.prog.zeros[c.zero as usize].copied()),
            })
            .collect();
        let blocker = Blocker::Select { fut, dst, recv };
        Ok(Some(if parked { Exit::Parked(blocker) } else { Exit::Await(blocker) }))
    }

    /// The select's future, not yet polled (more cases than `select_now` takes, a nested
    /// run, or several processors).
    fn select_future(&self, desc: &SelectDesc, base: usize, site: &'static str) -> ValSelectFut<Value> {
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
        ValSelect::values(cases, default).at(site).into_future()
    }

    /// The case a select ran: its index to `dst`, a received value and `ok` to the case's
    /// registers; a send on a closed channel panics.
    fn store_chosen(
        &mut self,
        desc: &SelectDesc,
        base: usize,
        dst: usize,
        (i, v, ok): Chosen<Value>,
    ) -> Result<(), Value> {
        if i == SEND_ON_CLOSED {
            return Err(send_on_closed());
        }
        self.stack[dst] = Value::Int(i as i64);
        if let Some(c) = desc.cases.get(i).filter(|c| !c.send && c.val != NO_REG) {
            let at = base + c.val as usize;
            self.stack[at] = if ok { v } else { self.m.prog.zeros[c.zero as usize].copied() };
            self.stack[at + 1].set_bool(ok);
        }
        Ok(())
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
                    self.stack[*at + 1].set_bool(ok);
                }
                None
            }
            // A send case on a closed channel: the panic, where recover sees it.
            Poll::Pending => match crate::runtime::take_raised() {
                Some(msg) => Some(self.raise(Value::iface(super::value::RUNTIME_ERROR, Value::str(&msg)))),
                None => Some(Exit::Parked(Blocker::Select { fut, dst, recv })),
            },
        }
    }
}
