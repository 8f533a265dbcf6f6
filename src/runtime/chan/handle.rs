//! `Chan<T>`, the channel value Go code holds: `make`, the nil channel, `len`, `cap`, a name
//! for the timeline, and the operations (`send`, `recv`, `close`...) as futures whose paths
//! live in `send.rs`, `recv.rs` and `close.rs`.

use super::close::CloseFut;
use super::record::Inner;
use super::recv::{Next, Recv, RecvFut};
use super::send::SendFut;
use super::views::{RecvOnly, SendOnly};
use crate::runtime::event::Event;
use crate::runtime::sched::Rt;
use std::rc::Rc;

/// A Go channel `chan T`. Cloning gives another reference to the same channel; the default
/// value is the nil channel.
pub struct Chan<T> {
    inner: Option<Rc<Inner<T>>>,
}

impl<T> Clone for Chan<T> {
    fn clone(&self) -> Self {
        Chan { inner: self.inner.clone() }
    }
}

impl<T> Default for Chan<T> {
    fn default() -> Self {
        Chan::nil()
    }
}

impl<T> PartialEq for Chan<T> {
    fn eq(&self, other: &Self) -> bool {
        match (&self.inner, &other.inner) {
            (None, None) => true,
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl<T> Chan<T> {
    /// `make(chan T, cap)`.
    pub fn new(cap: usize) -> Self {
        Chan { inner: Some(Rc::new(Inner::new(cap))) }
    }

    /// `var ch chan T`: the nil channel.
    pub fn nil() -> Self {
        Chan { inner: None }
    }

    /// Name the channel after its Go variable, for the timeline (`chan receive jobs`).
    pub fn named(self, name: &'static str) -> Self {
        if let Some(i) = &self.inner {
            i.name.set(name);
        }
        self
    }

    pub fn is_nil(&self) -> bool {
        self.inner.is_none()
    }

    /// Whether the channel has been closed (a nil channel never is).
    pub fn is_closed(&self) -> bool {
        self.inner.as_ref().is_some_and(|i| i.st.borrow().closed)
    }

    /// An address identifying the channel (0 for nil): equal iff the channels are equal.
    pub fn addr(&self) -> usize {
        self.inner.as_ref().map_or(0, |i| Rc::as_ptr(i) as *const u8 as usize)
    }

    pub fn name(&self) -> &'static str {
        self.inner.as_ref().map(|i| i.name.get()).unwrap_or("nil chan")
    }

    pub(crate) fn inner(&self) -> Option<&Rc<Inner<T>>> {
        self.inner.as_ref()
    }

    /// `len(ch)` (0 for a timer's channel, as in Go 1.23).
    pub fn len(&self) -> usize {
        self.inner.as_ref().filter(|i| i.timer.get() == 0).map(|i| i.st.borrow().buf.len()).unwrap_or(0)
    }

    /// `len(ch) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `cap(ch)` (0 for a timer's channel, as in Go 1.23).
    pub fn cap(&self) -> usize {
        self.inner.as_ref().filter(|i| i.timer.get() == 0).map(|i| i.cap).unwrap_or(0)
    }

    /// Make this the channel of timer `id`: it then reports `len` and `cap` 0 and runs the
    /// timer when a receive finds it due.
    pub(crate) fn set_timer(&self, id: u64) {
        if let Some(i) = &self.inner {
            i.timer.set(id);
        }
    }

    /// `Stop` / `Reset` of a timer: forget a fired value nobody received (true if there was
    /// one).
    pub(crate) fn drain_timer(&self) -> bool {
        self.inner.as_ref().is_some_and(|i| {
            let mut st = i.st.borrow_mut();
            let had = !st.buf.is_empty();
            st.buf.clear();
            had
        })
    }

    /// `ch <- v`.
    pub fn send(&self, v: T) -> SendFut<T> {
        SendFut::new(self.clone(), v)
    }

    /// `v, ok := <-ch`.
    pub fn recv_ok(&self) -> RecvFut<T> {
        RecvFut::new(self.clone())
    }

    /// `close(ch)`.
    pub fn close(&self) -> CloseFut<T> {
        CloseFut::new(self.clone())
    }

    /// The receive-only view `<-chan T`.
    pub fn recv_only(&self) -> RecvOnly<T> {
        RecvOnly::new(self.clone())
    }

    /// The send-only view `chan<- T`.
    pub fn send_only(&self) -> SendOnly<T> {
        SendOnly::new(self.clone())
    }
}

impl<T: Default> Chan<T> {
    /// `v := <-ch` (the zero value once the channel is closed and drained).
    pub fn recv(&self) -> Recv<T> {
        Recv::new(self.recv_ok())
    }

    /// One step of `for v := range ch`: `None` once the channel is closed and drained.
    pub fn next(&self) -> Next<T> {
        Next::new(self.recv_ok())
    }
}

/// A channel operation completed: a happens-before edge for the race detector and a `Chan`
/// event for the timeline.
pub(crate) fn chan_event<T>(rt: &Rt, ch: &Chan<T>, op: &'static str, site: &'static str) {
    chan_event_at(rt, ch, op, || site)
}

/// [`chan_event`] with the site found only when the timeline records it.
pub(crate) fn chan_event_at<T>(rt: &Rt, ch: &Chan<T>, op: &'static str, site: impl FnOnce() -> &'static str) {
    if let Some(i) = ch.inner() {
        rt.race_acq_rel(Rc::as_ptr(i) as *const u8 as usize);
    }
    let chan = ch.name();
    rt.emit(|| Event::Chan { t: rt.now.get(), g: rt.cur.get(), op, chan, line: rt.line(site()) });
}
