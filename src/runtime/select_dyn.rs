//! The cases of an interpreter's `select`, whose number and kinds are known only at run
//! time, without a boxed closure per case: each case is a receive or a send of `T` that
//! knows its source position, and the select's result is `(position, value, ok)` (a send
//! gives `T::default()` and false). The cases sit in one `Vec`, in source order, and poll
//! in the same seeded random order as any other select.

use super::chan::Chan;
use super::chan::SelToken;
use super::sched::Rt;
use super::select::{Attempt, Case, Cases, DefaultCase, RecvCase, Select, SendCase};
use std::rc::Rc;

/// What an interpreter's select yields: the position of the case that ran, the value it
/// received and whether the receive got one (`ok`).
pub type Chosen<T> = (usize, T, bool);

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
        self.case_mut().attempt(rt)
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
        self.case_mut().finish().map(|(v, ok)| (pos, v, ok))
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
