//! `select`, as Go's `runtime/select.go` implements it.
//!
//! Invariants:
//! - Cases on nil channels are left out; a select with no cases left (and no default)
//!   blocks forever (`select (no cases)`).
//! - Pass 1 visits the cases in a random order (the seeded RNG) and takes the first that can
//!   proceed, so among ready cases the choice is uniform. A send case on a closed channel
//!   panics when it is visited.
//! - With no ready case, `default` runs; without one, the goroutine enqueues on every
//!   channel and parks. The first counterpart to reach one of its waiters claims the select
//!   (the others become stale and are skipped); on waking, the goroutine removes its other
//!   waiters and finishes the case that fired.
//!
//! Cases are given as closures that turn the case's result into one value of type `R`:
//!
//! ```ignore
//! let got = Select::new()
//!     .recv(&jobs, |j, _ok| Some(j))
//!     .default(|| None)
//!     .await;
//! ```

use super::chan::{Chan, SelToken, Slot, SlotState, Try, Waiter};
use super::event::WaitReason;
use super::sched::{with_rt, Rt};
use std::cell::Cell;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

enum Attempt {
    Fired,
    NotReady,
    Panic,
}

trait Case<R> {
    fn is_nil(&self) -> bool;
    fn attempt(&mut self, rt: &Rt) -> Attempt;
    fn enqueue(&mut self, rt: &Rt, tok: &Rc<SelToken>, idx: u16);
    fn dequeue(&self, tok: &Rc<SelToken>);
    /// The case fired: produce the result, or Err if it must panic.
    fn finish(self: Box<Self>) -> Result<R, ()>;
    fn chan_name(&self) -> &'static str;
}

struct RecvCase<T, F> {
    ch: Chan<T>,
    f: F,
    got: Option<(Option<T>, bool)>,
    slot: Option<Rc<Slot<T>>>,
}

impl<T: Default, R, F: FnOnce(T, bool) -> R> Case<R> for RecvCase<T, F> {
    fn is_nil(&self) -> bool {
        self.ch.is_nil()
    }
    fn attempt(&mut self, rt: &Rt) -> Attempt {
        match self.ch.inner().expect("non-nil").try_recv(rt) {
            Try::Done(r) => {
                self.got = Some(r);
                Attempt::Fired
            }
            _ => Attempt::NotReady,
        }
    }
    fn enqueue(&mut self, rt: &Rt, tok: &Rc<SelToken>, idx: u16) {
        let slot = Slot::new(None);
        self.ch.inner().expect("non-nil").enqueue_recv(Waiter {
            g: rt.cur.get(),
            slot: slot.clone(),
            sel: Some((tok.clone(), idx)),
        });
        self.slot = Some(slot);
    }
    fn dequeue(&self, tok: &Rc<SelToken>) {
        if let Some(i) = self.ch.inner() {
            i.remove_select(tok);
        }
    }
    fn finish(self: Box<Self>) -> Result<R, ()> {
        let (v, ok) = match (self.got, &self.slot) {
            (Some(r), _) => r,
            (None, Some(slot)) => (
                slot.val.take(),
                matches!(slot.state.get(), SlotState::Done(true)),
            ),
            (None, None) => (None, false),
        };
        Ok((self.f)(v.unwrap_or_default(), ok))
    }
    fn chan_name(&self) -> &'static str {
        self.ch.name()
    }
}

struct SendCase<T, F> {
    ch: Chan<T>,
    val: Option<T>,
    f: F,
    slot: Option<Rc<Slot<T>>>,
}

impl<T, R, F: FnOnce() -> R> Case<R> for SendCase<T, F> {
    fn is_nil(&self) -> bool {
        self.ch.is_nil()
    }
    fn attempt(&mut self, rt: &Rt) -> Attempt {
        let v = self.val.take().expect("value not yet sent");
        match self.ch.inner().expect("non-nil").try_send(v, rt) {
            Ok(()) => Attempt::Fired,
            Err((_, true)) => Attempt::Panic,
            Err((v, false)) => {
                self.val = Some(v);
                Attempt::NotReady
            }
        }
    }
    fn enqueue(&mut self, rt: &Rt, tok: &Rc<SelToken>, idx: u16) {
        let slot = Slot::new(self.val.take());
        self.ch.inner().expect("non-nil").enqueue_send(Waiter {
            g: rt.cur.get(),
            slot: slot.clone(),
            sel: Some((tok.clone(), idx)),
        });
        self.slot = Some(slot);
    }
    fn dequeue(&self, tok: &Rc<SelToken>) {
        if let Some(i) = self.ch.inner() {
            i.remove_select(tok);
        }
    }
    fn finish(self: Box<Self>) -> Result<R, ()> {
        match &self.slot {
            Some(slot) if slot.state.get() == SlotState::Closed => Err(()),
            _ => Ok((self.f)()),
        }
    }
    fn chan_name(&self) -> &'static str {
        self.ch.name()
    }
}

/// A `select` statement being built: add cases, then `.await` it.
pub struct Select<R> {
    cases: Vec<Box<dyn Case<R>>>,
    default: Option<Box<dyn FnOnce() -> R>>,
    site: &'static str,
}

impl<R: 'static> Default for Select<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: 'static> Select<R> {
    pub fn new() -> Self {
        Select {
            cases: Vec::new(),
            default: None,
            site: "",
        }
    }

    /// `case v, ok := <-ch:` — `f(v, ok)` gives the select's result.
    pub fn recv<T: Default + 'static>(
        mut self,
        ch: &Chan<T>,
        f: impl FnOnce(T, bool) -> R + 'static,
    ) -> Self {
        self.cases.push(Box::new(RecvCase {
            ch: ch.clone(),
            f,
            got: None,
            slot: None,
        }));
        self
    }

    /// `case ch <- v:` — `f()` gives the select's result.
    pub fn send<T: 'static>(mut self, ch: &Chan<T>, v: T, f: impl FnOnce() -> R + 'static) -> Self {
        self.cases.push(Box::new(SendCase {
            ch: ch.clone(),
            val: Some(v),
            f,
            slot: None,
        }));
        self
    }

    /// `default:`.
    pub fn default(mut self, f: impl FnOnce() -> R + 'static) -> Self {
        self.default = Some(Box::new(f));
        self
    }

    /// The source label of the `select` statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<R: 'static> IntoFuture for Select<R> {
    type Output = R;
    type IntoFuture = SelectFut<R>;
    fn into_future(self) -> SelectFut<R> {
        SelectFut {
            sel: self,
            token: None,
            parked_forever: Cell::new(false),
        }
    }
}

/// `select {}`: block forever.
pub fn select_forever() -> SelectFut<()> {
    Select::new().into_future()
}

/// The future of a `select` statement.
pub struct SelectFut<R> {
    sel: Select<R>,
    token: Option<Rc<SelToken>>,
    parked_forever: Cell<bool>,
}

impl<R> Unpin for SelectFut<R> {}

impl<R: 'static> Future for SelectFut<R> {
    type Output = R;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<R> {
        let this = self.get_mut();
        if this.parked_forever.get() {
            return Poll::Pending;
        }
        with_rt(|rt| {
            let site = this.sel.site;
            if let Some(tok) = &this.token {
                // Woken: finish the case that fired, drop our waiters elsewhere.
                let fired = tok.fired.get();
                if fired < 0 {
                    return Poll::Pending;
                }
                let cases = std::mem::take(&mut this.sel.cases);
                let mut winner = None;
                for (i, c) in cases.into_iter().enumerate() {
                    if c.is_nil() {
                        continue;
                    }
                    c.dequeue(tok);
                    if i as i32 == fired {
                        winner = Some(c);
                    }
                }
                return finish(rt, winner.expect("fired case exists"), site);
            }
            if !rt.tick() {
                return Poll::Pending;
            }
            // Pass 1: random poll order over the non-nil cases.
            let mut order: Vec<u16> = (0..this.sel.cases.len() as u16)
                .filter(|&i| !this.sel.cases[i as usize].is_nil())
                .collect();
            rt.rng.borrow_mut().shuffle(&mut order);
            for &i in &order {
                match this.sel.cases[i as usize].attempt(rt) {
                    Attempt::NotReady => {}
                    Attempt::Fired => {
                        let c = this.sel.cases.swap_remove(i as usize);
                        return finish(rt, c, site);
                    }
                    Attempt::Panic => {
                        rt.raise("send on closed channel".into(), site);
                        return Poll::Pending;
                    }
                }
            }
            if let Some(d) = this.sel.default.take() {
                rt.set_site(site);
                return Poll::Ready(d());
            }
            if order.is_empty() {
                this.parked_forever.set(true);
                rt.park(WaitReason::SelectNoCases, "", site);
                return Poll::Pending;
            }
            // Pass 2: enqueue on every channel and park.
            let tok = Rc::new(SelToken {
                fired: Cell::new(-1),
            });
            for &i in &order {
                this.sel.cases[i as usize].enqueue(rt, &tok, i);
            }
            let on = if order.len() == 1 {
                this.sel.cases[order[0] as usize].chan_name()
            } else {
                ""
            };
            this.token = Some(tok);
            rt.park(WaitReason::Select, on, site);
            Poll::Pending
        })
    }
}

fn finish<R>(rt: &Rt, c: Box<dyn Case<R>>, site: &'static str) -> Poll<R> {
    match c.finish() {
        Ok(r) => Poll::Ready(r),
        Err(()) => {
            rt.raise("send on closed channel".into(), site);
            Poll::Pending
        }
    }
}
