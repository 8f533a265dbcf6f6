//! `select`, as Go's `runtime/select.go` implements it.
//!
//! Invariants:
//! - Cases on nil channels are left out; a select with no cases left (and no default)
//!   blocks forever (`select (no cases)`).
//! - Pass 1 (look for something already waiting) visits the cases in a random order (the
//!   seeded RNG) and takes the first that can proceed, so among ready cases the choice is
//!   uniform. A send case on a closed channel panics when it is visited.
//! - With no ready case, `default` runs; without one, pass 2 (enqueue on all channels) puts
//!   a waiter on every channel and parks. The first counterpart to reach one of them claims
//!   the select (the others become stale and are skipped).
//! - Pass 3 (dequeue from unsuccessful channels): on waking, the goroutine removes its other
//!   waiters and finishes the case that fired.
//!
//! Cases are given as closures that turn the case's result into one value of type `R`. The
//! builder collects them in a nested tuple, so a select allocates nothing per case:
//!
//! ```ignore
//! let got = Select::new()
//!     .recv(&jobs, |j, _ok| Some(j))
//!     .default(|| None)
//!     .await;
//! ```

use super::chan::{Chan, SelToken, Slot, SlotState, Try, TrySend, Waiter};
use super::event::Gid;
use super::event::WaitReason;
use super::explain::{SelCase, Wait};
use super::sched::{with_rt, Rt};
use std::cell::Cell;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

#[doc(hidden)]
pub enum Attempt {
    Fired,
    NotReady,
    Panic,
}

/// One case of a select.
#[doc(hidden)]
pub trait Case<R> {
    fn is_nil(&self) -> bool;
    fn attempt(&mut self, rt: &Rt) -> Attempt;
    fn enqueue(&mut self, rt: &Rt, tok: &Rc<SelToken>, idx: u16);
    fn dequeue(&self, tok: &Rc<SelToken>);
    /// The case fired: produce the result, or Err if it must panic.
    fn finish(&mut self) -> Result<R, ()>;
    fn chan_name(&self) -> &'static str;
    /// A send case (for explanations).
    fn is_send(&self) -> bool;
    /// Could it proceed now (looked at without changing anything)?
    fn ready(&self) -> bool;
}

/// The cases of a select, as a nested tuple `(last, (.., (first, ())))`; index 0 is the
/// last case added.
#[doc(hidden)]
pub trait Cases<R> {
    fn len(&self) -> usize;
    fn case(&self, i: usize) -> &dyn Case<R>;
    fn case_mut(&mut self, i: usize) -> &mut dyn Case<R>;
}

impl<R> Cases<R> for () {
    fn len(&self) -> usize {
        0
    }
    fn case(&self, _: usize) -> &dyn Case<R> {
        unreachable!("select case index out of range")
    }
    fn case_mut(&mut self, _: usize) -> &mut dyn Case<R> {
        unreachable!("select case index out of range")
    }
}

impl<R, C: Case<R>, Rest: Cases<R>> Cases<R> for (C, Rest) {
    fn len(&self) -> usize {
        1 + self.1.len()
    }
    fn case(&self, i: usize) -> &dyn Case<R> {
        if i == 0 {
            &self.0
        } else {
            self.1.case(i - 1)
        }
    }
    fn case_mut(&mut self, i: usize) -> &mut dyn Case<R> {
        if i == 0 {
            &mut self.0
        } else {
            self.1.case_mut(i - 1)
        }
    }
}

#[doc(hidden)]
pub struct RecvCase<T, F> {
    ch: Chan<T>,
    f: Option<F>,
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
            Try::WouldBlock => Attempt::NotReady,
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
    fn finish(&mut self) -> Result<R, ()> {
        if let Some(i) = self.ch.inner() {
            super::sched::with_rt(|rt| rt.race_acq_rel(Rc::as_ptr(i) as *const u8 as usize));
        }
        let (v, ok) = match (self.got.take(), &self.slot) {
            (Some(r), _) => r,
            (None, Some(slot)) => (slot.val.take(), matches!(slot.state.get(), SlotState::Done(true))),
            (None, None) => (None, false),
        };
        let f = self.f.take().expect("a select case finishes once");
        Ok(f(v.unwrap_or_default(), ok))
    }
    fn chan_name(&self) -> &'static str {
        self.ch.name()
    }
    fn is_send(&self) -> bool {
        false
    }
    fn ready(&self) -> bool {
        self.ch.inner().is_some_and(|i| i.can_recv())
    }
}

#[doc(hidden)]
pub struct SendCase<T, F> {
    ch: Chan<T>,
    val: Option<T>,
    f: Option<F>,
    slot: Option<Rc<Slot<T>>>,
}

impl<T, R, F: FnOnce() -> R> Case<R> for SendCase<T, F> {
    fn is_nil(&self) -> bool {
        self.ch.is_nil()
    }
    fn attempt(&mut self, rt: &Rt) -> Attempt {
        let v = self.val.take().expect("value not yet sent");
        match self.ch.inner().expect("non-nil").try_send(v, rt) {
            TrySend::Sent => Attempt::Fired,
            TrySend::Closed => Attempt::Panic,
            TrySend::WouldBlock(v) => {
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
    fn finish(&mut self) -> Result<R, ()> {
        if let Some(i) = self.ch.inner() {
            super::sched::with_rt(|rt| rt.race_acq_rel(Rc::as_ptr(i) as *const u8 as usize));
        }
        match &self.slot {
            Some(slot) if slot.state.get() == SlotState::Closed => Err(()),
            _ => Ok((self.f.take().expect("a select case finishes once"))()),
        }
    }
    fn chan_name(&self) -> &'static str {
        self.ch.name()
    }
    fn is_send(&self) -> bool {
        true
    }
    fn ready(&self) -> bool {
        self.ch.inner().is_some_and(|i| i.can_send())
    }
}

/// A `select` waiting for the learner to choose which of its ready cases fires ("you are
/// the scheduler"): goroutine `g`, at Go source `line`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectChoice {
    pub g: Gid,
    pub line: u32,
    pub cases: Vec<ReadyCase>,
}

/// A ready case of a select: its position in the source (from 0) and what it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyCase {
    pub pos: usize,
    pub send: bool,
    pub chan: &'static str,
}

impl ReadyCase {
    /// The case as Go source: `case <-jobs` or `case results <- v`.
    pub fn label(&self) -> String {
        let ch = if self.chan.is_empty() { "ch" } else { self.chan };
        if self.send {
            format!("case {ch} <- …")
        } else {
            format!("case <-{ch}")
        }
    }
}

/// The `default:` of a select, if it has one.
#[doc(hidden)]
pub trait DefaultCase<R> {
    fn take(&mut self) -> Option<R>;
}

#[doc(hidden)]
pub struct NoDefault;

impl<R> DefaultCase<R> for NoDefault {
    fn take(&mut self) -> Option<R> {
        None
    }
}

#[doc(hidden)]
pub struct WithDefault<F>(Option<F>);

impl<R, F: FnOnce() -> R> DefaultCase<R> for WithDefault<F> {
    fn take(&mut self) -> Option<R> {
        self.0.take().map(|f| f())
    }
}

/// The cases of a select whose number is known only at run time (an interpreter's): cases
/// in source order.
pub type DynCases<R> = Vec<Box<dyn Case<R>>>;

impl<R> Cases<R> for DynCases<R> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn case(&self, i: usize) -> &dyn Case<R> {
        &*self[Vec::len(self) - 1 - i]
    }
    fn case_mut(&mut self, i: usize) -> &mut dyn Case<R> {
        let n = Vec::len(self);
        &mut *self[n - 1 - i]
    }
}

impl<R: 'static, C: Cases<R>, D: DefaultCase<R>> Select<R, C, D> {
    /// A select with these cases and default (see `select_dyn.rs`).
    pub(crate) fn with_cases(cases: C, default: D) -> Self {
        Select { cases, default, site: "", _r: PhantomData }
    }
}

impl<T, F> RecvCase<T, F> {
    pub(crate) fn new(ch: Chan<T>, f: F) -> Self {
        RecvCase { ch, f: Some(f), got: None, slot: None }
    }
}

impl<T, F> SendCase<T, F> {
    pub(crate) fn new(ch: Chan<T>, v: T, f: F) -> Self {
        SendCase { ch, val: Some(v), f: Some(f), slot: None }
    }
}

impl<R: 'static> Select<R, DynCases<R>> {
    /// A select whose cases are added one by one with [`Select::add_recv`] and
    /// [`Select::add_send`], in source order.
    pub fn dynamic() -> Self {
        Select { cases: Vec::new(), default: NoDefault, site: "", _r: PhantomData }
    }
}

impl<R: 'static, D: DefaultCase<R>> Select<R, DynCases<R>, D> {
    /// Add `case v, ok := <-ch:`.
    pub fn add_recv<T: Default + 'static, F: FnOnce(T, bool) -> R + 'static>(&mut self, ch: &Chan<T>, f: F) {
        self.cases.push(Box::new(RecvCase { ch: ch.clone(), f: Some(f), got: None, slot: None }));
    }

    /// Add `case ch <- v:`.
    pub fn add_send<T: 'static, F: FnOnce() -> R + 'static>(&mut self, ch: &Chan<T>, v: T, f: F) {
        self.cases.push(Box::new(SendCase { ch: ch.clone(), val: Some(v), f: Some(f), slot: None }));
    }
}

/// A `select` statement being built: add cases, then `.await` it.
pub struct Select<R, C = (), D = NoDefault> {
    cases: C,
    default: D,
    site: &'static str,
    _r: PhantomData<fn() -> R>,
}

impl<R: 'static> Default for Select<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: 'static> Select<R> {
    pub fn new() -> Self {
        Select { cases: (), default: NoDefault, site: "", _r: PhantomData }
    }
}

impl<R: 'static, C: Cases<R>, D: DefaultCase<R>> Select<R, C, D> {
    /// `case v, ok := <-ch:` — `f(v, ok)` gives the select's result.
    pub fn recv<T: Default + 'static, F: FnOnce(T, bool) -> R + 'static>(
        self,
        ch: &Chan<T>,
        f: F,
    ) -> Select<R, (RecvCase<T, F>, C), D> {
        let case = RecvCase { ch: ch.clone(), f: Some(f), got: None, slot: None };
        Select { cases: (case, self.cases), default: self.default, site: self.site, _r: PhantomData }
    }

    /// `case ch <- v:` — `f()` gives the select's result.
    pub fn send<T: 'static, F: FnOnce() -> R + 'static>(
        self,
        ch: &Chan<T>,
        v: T,
        f: F,
    ) -> Select<R, (SendCase<T, F>, C), D> {
        let case = SendCase { ch: ch.clone(), val: Some(v), f: Some(f), slot: None };
        Select { cases: (case, self.cases), default: self.default, site: self.site, _r: PhantomData }
    }

    /// The source label of the `select` statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<R: 'static, C: Cases<R>> Select<R, C, NoDefault> {
    /// `default:`.
    pub fn default<F: FnOnce() -> R + 'static>(self, f: F) -> Select<R, C, WithDefault<F>> {
        Select { cases: self.cases, default: WithDefault(Some(f)), site: self.site, _r: PhantomData }
    }
}

impl<R: 'static, C: Cases<R>, D: DefaultCase<R>> IntoFuture for Select<R, C, D> {
    type Output = R;
    type IntoFuture = SelectFut<R, C, D>;
    fn into_future(self) -> SelectFut<R, C, D> {
        SelectFut { sel: self, token: None, parked_forever: Cell::new(false) }
    }
}

/// `select {}`: block forever.
pub fn select_forever() -> SelectFut<()> {
    Select::new().into_future()
}

/// The future of a `select` statement.
pub struct SelectFut<R, C = (), D = NoDefault> {
    sel: Select<R, C, D>,
    token: Option<Rc<SelToken>>,
    parked_forever: Cell<bool>,
}

impl<R, C, D> Unpin for SelectFut<R, C, D> {}

impl<R: 'static, C: Cases<R>, D: DefaultCase<R>> Future for SelectFut<R, C, D> {
    type Output = R;
    /// Go's `selectgo`, in its labelled passes: first poll (pass 3 when woken), else pass 1
    /// (look for something already waiting), `default`, pass 2 (enqueue on all channels)
    /// and park.
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<R> {
        let this = self.get_mut();
        if this.parked_forever.get() {
            return Poll::Pending;
        }
        with_rt(|rt| {
            let site = this.sel.site;
            if let Some(tok) = &this.token {
                return pass3_dequeue(rt, &mut this.sel.cases, tok, site);
            }
            if !rt.tick() {
                return Poll::Pending;
            }
            if ask_learner(rt, &this.sel.cases, site) {
                return Poll::Pending;
            }
            let mut order = PollOrder::new(&this.sel.cases);
            order.shuffle(rt, this.sel.cases.len());
            if let Some(done) = pass1_poll(rt, &mut this.sel.cases, order.get(), site) {
                return done;
            }
            if let Some(r) = this.sel.default.take() {
                rt.set_site(site);
                return Poll::Ready(r);
            }
            if order.get().is_empty() {
                this.parked_forever.set(true);
                rt.note_wait(Wait::SelectNoCases);
                rt.park(WaitReason::SelectNoCases, "", site);
                return Poll::Pending;
            }
            this.token = Some(pass2_enqueue(rt, &mut this.sel.cases, order.get(), site));
            Poll::Pending
        })
    }
}

impl<R: 'static, C: Cases<R>, D: DefaultCase<R>> SelectFut<R, C, D> {
    /// The future of a select whose first poll was done elsewhere (see `select_dyn.rs`), up to
    /// and including pass 1 and `default`, in poll order `order`: pass 2 (or, with no
    /// channel, parking forever) happens here, so the future is left parked.
    pub(crate) fn parked_after_pass1(sel: Select<R, C, D>, rt: &Rt, order: &[u16], site: &'static str) -> Self {
        let mut fut = SelectFut { sel: sel.at(site), token: None, parked_forever: Cell::new(false) };
        if order.is_empty() {
            fut.parked_forever.set(true);
            rt.note_wait(Wait::SelectNoCases);
            rt.park(WaitReason::SelectNoCases, "", site);
        } else {
            fut.token = Some(pass2_enqueue(rt, &mut fut.sel.cases, order, site));
        }
        fut
    }
}

/// The non-nil cases in the order pass 1 polls them (on the stack for small selects).
struct PollOrder {
    small: [u16; 8],
    big: Vec<u16>,
    n: usize,
}

impl PollOrder {
    fn new<R>(cases: &impl Cases<R>) -> Self {
        let mut o = PollOrder { small: [0; 8], big: Vec::new(), n: 0 };
        for i in 0..cases.len() as u16 {
            if cases.case(i as usize).is_nil() {
                continue;
            }
            if o.n < o.small.len() {
                o.small[o.n] = i;
            } else {
                if o.big.is_empty() {
                    o.big.extend_from_slice(&o.small);
                }
                o.big.push(i);
            }
            o.n += 1;
        }
        o
    }

    fn get(&mut self) -> &mut [u16] {
        if self.n <= self.small.len() {
            &mut self.small[..self.n]
        } else {
            &mut self.big
        }
    }

    /// Go's random poll order, from the run's RNG; in manual scheduling the learner's pick
    /// goes first, so it fires if it is ready. Cases are stored last-written first, so
    /// source position k is index len-1-k.
    fn shuffle(&mut self, rt: &Rt, len: usize) {
        shuffle_order(rt, self.get(), len);
    }
}

/// Shuffle `order` (case indices of a select with `len` cases) into Go's random poll order;
/// in manual scheduling the learner's pick goes first.
pub(crate) fn shuffle_order(rt: &Rt, order: &mut [u16], len: usize) {
    rt.rng.borrow_mut().shuffle(order);
    if let Some(k) = rt.select_pick.take().filter(|&k| k < len) {
        let want = len - 1 - k;
        if let Some(pos) = order.iter().position(|&i| i as usize == want) {
            order[..=pos].rotate_right(1);
        }
    }
}

/// Manual scheduling: with two or more cases ready, the learner chooses which one fires.
/// Nothing has been taken yet; the goroutine waits, runnable, for the choice. True if it
/// asked.
fn ask_learner<R>(rt: &Rt, cases: &impl Cases<R>, site: &'static str) -> bool {
    if !rt.ask_cases.get() || rt.select_pick.get().is_some() {
        return false;
    }
    let n = cases.len();
    let ready: Vec<ReadyCase> = (0..n)
        .rev()
        .filter(|&i| !cases.case(i).is_nil() && cases.case(i).ready())
        .map(|i| {
            let c = cases.case(i);
            ReadyCase { pos: n - 1 - i, send: c.is_send(), chan: c.chan_name() }
        })
        .collect();
    if ready.len() < 2 {
        return false;
    }
    rt.ask_select(ready, site);
    true
}

/// Pass 1 - look for something already waiting: the first case in poll order that can
/// proceed fires (a send on a closed channel panics). `None`: nothing is ready.
fn pass1_poll<R>(rt: &Rt, cases: &mut impl Cases<R>, order: &[u16], site: &'static str) -> Option<Poll<R>> {
    for &i in order {
        match cases.case_mut(i as usize).attempt(rt) {
            Attempt::NotReady => {}
            Attempt::Fired => return Some(finish(rt, cases.case_mut(i as usize), site)),
            Attempt::Panic => {
                rt.raise("send on closed channel".into(), site);
                return Some(Poll::Pending);
            }
        }
    }
    None
}

/// Pass 2 - enqueue on all channels, in poll order, under one token (the first counterpart
/// to reach a waiter claims the select), then park.
fn pass2_enqueue<R>(rt: &Rt, cases: &mut impl Cases<R>, order: &[u16], site: &'static str) -> Rc<SelToken> {
    let tok = Rc::new(SelToken { fired: Cell::new(-1) });
    for &i in order {
        cases.case_mut(i as usize).enqueue(rt, &tok, i);
    }
    let on = if order.len() == 1 { cases.case(order[0] as usize).chan_name() } else { "" };
    let all: Box<[SelCase]> = (0..cases.len())
        .rev()
        .map(|i| {
            let c = cases.case(i);
            SelCase { send: c.is_send(), chan: c.chan_name(), nil: c.is_nil() }
        })
        .collect();
    rt.note_wait(Wait::Select(all));
    rt.park(WaitReason::Select, on, site);
    tok
}

/// Pass 3 - dequeue from unsuccessful channels: once a case has fired, take the select's
/// other waiters off their channels and finish that case. Still parked if none fired.
fn pass3_dequeue<R>(rt: &Rt, cases: &mut impl Cases<R>, tok: &Rc<SelToken>, site: &'static str) -> Poll<R> {
    let fired = tok.fired.get();
    if fired < 0 {
        return Poll::Pending;
    }
    for i in 0..cases.len() {
        let c = cases.case(i);
        if !c.is_nil() {
            c.dequeue(tok);
        }
    }
    finish(rt, cases.case_mut(fired as usize), site)
}

fn finish<R>(rt: &Rt, c: &mut dyn Case<R>, site: &'static str) -> Poll<R> {
    match c.finish() {
        Ok(r) => Poll::Ready(r),
        Err(()) => {
            rt.raise("send on closed channel".into(), site);
            Poll::Pending
        }
    }
}
