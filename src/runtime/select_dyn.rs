//! The cases of an interpreter's `select`, whose number and kinds are known only at run
//! time, without a boxed closure per case: each case is a receive or a send of `T` that
//! knows its source position, and the select's result is `(position, value, ok)` (a send
//! gives `T::default()` and false). The cases sit in one `Vec`, in source order, and poll
//! in the same seeded random order as any other select.

use super::chan::SelToken;
use super::chan::{Chan, Now, Try, TrySend};
use super::sched::{with_rt, Rt};
use super::select::{shuffle_order, Attempt, Case, Cases, DefaultCase, RecvCase, Select, SelectFut, SendCase};
use std::future::IntoFuture;
use std::pin::Pin;
use std::rc::Rc;

/// What an interpreter's select yields: the position of the case that ran, the value it
/// received and whether the receive got one (`ok`).
pub type Chosen<T> = (usize, T, bool);

/// The position a select reports when the case it ran was a send on a closed channel: the
/// interpreter then panics where a deferred `recover` sees it.
pub const SEND_ON_CLOSED: usize = usize::MAX;

/// How a receive case hands on what it got: the value and `ok`.
type OnRecv<T> = fn(T, bool) -> (T, bool);
/// What a send case yields when it runs (nothing received).
type OnSend<T> = fn() -> (T, bool);

/// One case of an interpreter's select.
#[doc(hidden)]
pub enum ValCase<T> {
    Recv(usize, RecvCase<T, OnRecv<T>>),
    Send(usize, SendCase<T, OnSend<T>>),
}

fn received<T>(v: T, ok: bool) -> (T, bool) {
    (v, ok)
}

fn sent<T: Default>() -> (T, bool) {
    (T::default(), false)
}

impl<T: Default + 'static> ValCase<T> {
    /// `case v, ok := <-ch:` at source position `pos`.
    pub fn recv(pos: usize, ch: Chan<T>) -> Self {
        ValCase::Recv(pos, RecvCase::new(ch, received::<T> as fn(T, bool) -> (T, bool)))
    }

    /// `case ch <- v:` at source position `pos`.
    pub fn send(pos: usize, ch: Chan<T>, v: T) -> Self {
        ValCase::Send(pos, SendCase::new(ch, v, sent::<T> as fn() -> (T, bool)))
    }

    fn case(&self) -> &dyn Case<(T, bool)> {
        match self {
            ValCase::Recv(_, c) => c,
            ValCase::Send(_, c) => c,
        }
    }

    fn case_mut(&mut self) -> &mut dyn Case<(T, bool)> {
        match self {
            ValCase::Recv(_, c) => c,
            ValCase::Send(_, c) => c,
        }
    }
}

impl<T: Default + 'static> Case<Chosen<T>> for ValCase<T> {
    fn is_nil(&self) -> bool {
        self.case().is_nil()
    }
    fn attempt(&mut self, rt: &Rt) -> Attempt {
        match self.case_mut().attempt(rt) {
            // Runs as a case reporting SEND_ON_CLOSED (the interpreter panics).
            Attempt::Panic => {
                if let ValCase::Send(pos, _) = self {
                    *pos = SEND_ON_CLOSED;
                }
                Attempt::Fired
            }
            a => a,
        }
    }
    fn enqueue(&mut self, rt: &Rt, tok: &Rc<SelToken>, idx: u16) {
        self.case_mut().enqueue(rt, tok, idx)
    }
    fn dequeue(&self, tok: &Rc<SelToken>) {
        self.case().dequeue(tok)
    }
    fn finish(&mut self) -> Result<Chosen<T>, ()> {
        let pos = match self {
            ValCase::Recv(p, _) | ValCase::Send(p, _) => *p,
        };
        // A send woken by `close` reports SEND_ON_CLOSED rather than panicking here.
        match self.case_mut().finish() {
            Ok((v, ok)) => Ok((pos, v, ok)),
            Err(()) => Ok((SEND_ON_CLOSED, T::default(), false)),
        }
    }
    fn chan_name(&self) -> &'static str {
        self.case().chan_name()
    }
    fn is_send(&self) -> bool {
        self.case().is_send()
    }
    fn ready(&self) -> bool {
        self.case().ready()
    }
}

/// The cases in source order (index `i` of [`Cases`] is the `len-1-i`th, as for every
/// select: the last case added comes first).
impl<T: Default + 'static> Cases<Chosen<T>> for Vec<ValCase<T>> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn case(&self, i: usize) -> &dyn Case<Chosen<T>> {
        &self[Vec::len(self) - 1 - i]
    }
    fn case_mut(&mut self, i: usize) -> &mut dyn Case<Chosen<T>> {
        let n = Vec::len(self);
        &mut self[n - 1 - i]
    }
}

/// A `default:` given as its result, or none.
impl<R> DefaultCase<R> for Option<R> {
    fn take(&mut self) -> Option<R> {
        Option::take(self)
    }
}

/// An interpreter's select: its cases in source order and, with `default:`, what the
/// default yields.
pub type ValSelect<T> = Select<Chosen<T>, Vec<ValCase<T>>, Option<Chosen<T>>>;

impl<T: Default + 'static> ValSelect<T> {
    pub fn values(cases: Vec<ValCase<T>>, default: Option<Chosen<T>>) -> Self {
        Select::with_cases(cases, default)
    }
}

/// The future of an interpreter's select.
pub type ValSelectFut<T> = SelectFut<Chosen<T>, Vec<ValCase<T>>, Option<Chosen<T>>>;

/// A case of an interpreter's select seen in place, for [`select_now`]: a receive from, or a
/// send of a value to, a channel the interpreter holds.
pub enum CaseRef<'a, T> {
    Recv(&'a Chan<T>),
    Send(&'a Chan<T>, &'a T),
}

impl<T> Clone for CaseRef<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for CaseRef<'_, T> {}

/// Cases at most for [`select_now`] (larger selects build their future).
pub const NOW_CASES: usize = 8;

/// An interpreter's select (`cases` in source order, with `default:` if `default`) done now
/// (the waiting future boxed, so that the answer stays small),
/// exactly as the first poll of its future would do it (one operation counted, the same
/// random poll order from the run's RNG, pass 1, `default`), without building the future
/// unless it must wait: then it comes back parked (pass 2 done). Falls back to an unpolled
/// future when the learner picks cases, the program stops, or the select is large.
pub fn select_now<T: Default + Clone + 'static>(
    cases: &[CaseRef<'_, T>],
    default: bool,
    site: impl Fn() -> &'static str,
) -> Now<Chosen<T>, Pin<Box<ValSelectFut<T>>>> {
    let n = cases.len();
    with_rt(|rt| {
        if n > NOW_CASES || rt.ask_cases.get() || !rt.tick() {
            return Now::Poll(Box::pin(future(cases, default, site())));
        }
        // Index i is source position n-1-i, as for every select (see `Cases`).
        let mut small = [0u16; NOW_CASES];
        let mut len = 0;
        for i in 0..n {
            if !chan_of(&cases[n - 1 - i]).is_nil() {
                small[len] = i as u16;
                len += 1;
            }
        }
        let order = &mut small[..len];
        shuffle_order(rt, order, n);
        for &i in order.iter() {
            let pos = n - 1 - i as usize;
            if let Some(chosen) = attempt(rt, pos, cases[pos]) {
                return Now::Done(chosen);
            }
        }
        if default {
            rt.set_site(site());
            return Now::Done((n, T::default(), false));
        }
        let sel = ValSelect::values(owned(cases), None);
        Now::Parked(Box::pin(SelectFut::parked_after_pass1(sel, rt, order, site())))
    })
}

/// Pass 1 for one case, at source position `pos`: what it chose if it could proceed.
fn attempt<T: Default + Clone>(rt: &Rt, pos: usize, case: CaseRef<'_, T>) -> Option<Chosen<T>> {
    let ch = chan_of(&case);
    let inner = ch.inner()?;
    let chosen = match case {
        CaseRef::Recv(_) => match inner.try_recv(rt) {
            Try::Done((v, ok)) => (pos, v.unwrap_or_default(), ok),
            Try::WouldBlock => return None,
        },
        CaseRef::Send(_, v) => match inner.try_send(v.clone(), rt) {
            TrySend::Sent => (pos, T::default(), false),
            TrySend::Closed => return Some((SEND_ON_CLOSED, T::default(), false)),
            TrySend::WouldBlock(_) => return None,
        },
    };
    rt.race_acq_rel(Rc::as_ptr(inner) as *const u8 as usize);
    Some(chosen)
}

fn chan_of<'a, T>(c: &CaseRef<'a, T>) -> &'a Chan<T> {
    match *c {
        CaseRef::Recv(ch) | CaseRef::Send(ch, _) => ch,
    }
}

/// The select's cases as a future's own.
fn owned<T: Default + Clone + 'static>(cases: &[CaseRef<'_, T>]) -> Vec<ValCase<T>> {
    cases
        .iter()
        .enumerate()
        .map(|(i, c)| match *c {
            CaseRef::Recv(ch) => ValCase::recv(i, ch.clone()),
            CaseRef::Send(ch, v) => ValCase::send(i, ch.clone(), v.clone()),
        })
        .collect()
}

/// The select's future, not yet polled.
fn future<T: Default + Clone + 'static>(
    cases: &[CaseRef<'_, T>],
    default: bool,
    site: &'static str,
) -> ValSelectFut<T> {
    let default = default.then(|| (cases.len(), T::default(), false));
    ValSelect::values(owned(cases), default).at(site).into_future()
}
