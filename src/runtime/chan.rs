//! Channels, as Go's `runtime/chan.go` implements them, on the simulated scheduler.
//!
//! Invariants:
//! - A send with a receiver waiting hands the value straight to it and readies it; otherwise
//!   it fills the buffer if there is room, otherwise the sender parks on `sendq`.
//! - A receive takes from a waiting sender (unbuffered: its value; full buffer: the buffer
//!   head, and the sender's value goes to the tail), else from the buffer, else parks on
//!   `recvq`. On a closed, drained channel it returns the zero value and `ok == false`.
//! - Waiters are served first-in first-out; a waiter that belongs to a `select` which already
//!   fired is skipped (Go's `selectDone`).
//! - `close` wakes every waiting receiver and sender; they are readied in reverse queue order
//!   (Go collects them on a stack), so the first waiting receiver ends up in `runnext`.
//! - nil channels block forever on send and receive; `close` of a nil or closed channel and a
//!   send on a closed channel panic.
//! - At rest (checked with `debug_assert!` after every change, see `Inner::check`): the
//!   buffer holds at most `cap` values; receivers wait only on an empty buffer, senders only
//!   on a full one; both wait at once only on an unbuffered channel, for one `select` with a
//!   case of each; nobody waits on a closed channel.
//! - A timer's channel (see `timer.rs`) reports `len` and `cap` 0 and runs its due timer
//!   before a receive looks at it.

use super::event::{Event, Gid, WaitReason};
use super::explain::Wait;
use super::sched::{with_rt, Rt};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// A parked operation's mailbox: the value to send, or the value received.
pub(crate) struct Slot<T> {
    pub(crate) val: Cell<Option<T>>,
    pub(crate) state: Cell<SlotState>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum SlotState {
    Waiting,
    /// Completed; for a receive, `ok`.
    Done(bool),
    /// A parked sender whose channel was closed: it must panic.
    Closed,
}

impl<T> Slot<T> {
    pub(crate) fn new(val: Option<T>) -> Rc<Self> {
        Rc::new(Slot { val: Cell::new(val), state: Cell::new(SlotState::Waiting) })
    }
}

/// Shared by every case of one blocked `select`: which case fired (-1: none yet).
#[doc(hidden)]
pub struct SelToken {
    pub(crate) fired: Cell<i32>,
}

pub(crate) struct Waiter<T> {
    pub(crate) g: Gid,
    pub(crate) slot: Rc<Slot<T>>,
    pub(crate) sel: Option<(Rc<SelToken>, u16)>,
}

impl<T> Waiter<T> {
    /// Not a select that another case has already claimed.
    fn live(&self) -> bool {
        self.sel.as_ref().is_none_or(|(tok, _)| tok.fired.get() < 0)
    }
}

struct State<T> {
    buf: VecDeque<T>,
    closed: bool,
    recvq: VecDeque<Waiter<T>>,
    sendq: VecDeque<Waiter<T>>,
}

pub(crate) struct Inner<T> {
    st: RefCell<State<T>>,
    cap: usize,
    name: Cell<&'static str>,
    /// The timer feeding a timer's or ticker's channel (0: an ordinary channel).
    timer: Cell<u64>,
}

/// Pop the first waiter that can still be served (claiming its select, if any).
fn dequeue<T>(q: &mut VecDeque<Waiter<T>>) -> Option<Waiter<T>> {
    while let Some(w) = q.pop_front() {
        if let Some((tok, idx)) = &w.sel {
            if tok.fired.get() >= 0 {
                continue;
            }
            tok.fired.set(*idx as i32);
        }
        return Some(w);
    }
    None
}

/// What a non-blocking receive found.
pub(crate) enum Try<T> {
    Done(T),
    WouldBlock,
}

/// What a non-blocking send found.
pub(crate) enum TrySend<T> {
    /// Handed to a waiting receiver, or buffered.
    Sent,
    /// No receiver waits and the buffer is full: the value comes back.
    WouldBlock(T),
    /// The channel is closed: the send must panic.
    Closed,
}

impl<T> Inner<T> {
    /// Would a send proceed now (hand-off, buffer space, or the panic of a closed channel)?
    /// Looks without changing anything (manual scheduling asks before a select commits).
    pub(crate) fn can_send(&self) -> bool {
        let st = self.st.borrow();
        st.closed || st.recvq.iter().any(Waiter::live) || st.buf.len() < self.cap
    }

    /// Would a receive proceed now (a value, a waiting sender, a closed channel, or a due
    /// timer behind a timer channel)?
    pub(crate) fn can_recv(&self) -> bool {
        let st = self.st.borrow();
        st.closed || st.sendq.iter().any(Waiter::live) || !st.buf.is_empty() || self.timer_due()
    }

    fn timer_due(&self) -> bool {
        let id = self.timer.get();
        id != 0 && super::sched::try_with_rt(|rt| rt.timers.borrow().is_due(id, rt.now.get())).unwrap_or(false)
    }

    /// A timer channel whose timer is due: fire the timer now, before looking at the buffer
    /// (Go 1.23's `maybeRunChan`), so a due timer is ready in a receive or a select's pass 1.
    fn run_due_timer(&self, rt: &Rt) {
        let id = self.timer.get();
        if id == 0 {
            return;
        }
        let due = rt.timers.borrow_mut().take_if_due(id, rt.now.get());
        if let Some((when, f)) = due {
            rt.emit(|| Event::Timer { t: rt.now.get() });
            f.fire(when);
        }
    }

    /// Attempt a send without blocking: handed to the first waiting receiver, else buffered,
    /// else `WouldBlock` with the value back; `Closed` on a closed channel.
    pub(crate) fn try_send(&self, v: T, rt: &Rt) -> TrySend<T> {
        let mut st = self.st.borrow_mut();
        if st.closed {
            return TrySend::Closed;
        }
        if let Some(w) = dequeue(&mut st.recvq) {
            drop(st);
            w.slot.val.set(Some(v));
            w.slot.state.set(SlotState::Done(true));
            rt.ready(w.g);
            self.check();
            return TrySend::Sent;
        }
        if st.buf.len() < self.cap {
            st.buf.push_back(v);
            drop(st);
            self.check();
            return TrySend::Sent;
        }
        TrySend::WouldBlock(v)
    }

    /// The invariants the module comment states, checked in debug builds after every change:
    /// the buffer never exceeds `cap`; a receiver waits only on an empty buffer and a sender
    /// only on a full one; receivers and senders wait together only on an unbuffered channel
    /// and then for one `select` holding both cases; nobody waits on a closed channel.
    fn check(&self) {
        if !cfg!(debug_assertions) {
            return;
        }
        let st = self.st.borrow();
        let live = |q: &VecDeque<Waiter<T>>| q.iter().filter(|w| w.live()).count();
        let (recv, send) = (live(&st.recvq), live(&st.sendq));
        debug_assert!(st.buf.len() <= self.cap, "buffer over capacity");
        debug_assert!(recv == 0 || st.buf.is_empty(), "a receiver waits while values are buffered");
        debug_assert!(send == 0 || st.buf.len() == self.cap, "a sender waits while there is room");
        debug_assert!(!st.closed || recv + send == 0, "goroutines wait on a closed channel");
        if recv > 0 && send > 0 {
            let tok = |w: &Waiter<T>| w.sel.as_ref().map(|(t, _)| Rc::as_ptr(t));
            let mut all = st.recvq.iter().chain(st.sendq.iter()).filter(|w| w.live()).map(tok);
            let first = all.next().flatten();
            debug_assert!(
                self.cap == 0 && first.is_some() && all.all(|t| t == first),
                "a receiver and a sender wait on the same channel without meeting"
            );
        }
    }

    /// Attempt a receive without blocking: `Done((value, ok))`, or `WouldBlock`.
    pub(crate) fn try_recv(&self, rt: &Rt) -> Try<(Option<T>, bool)> {
        self.run_due_timer(rt);
        let mut st = self.st.borrow_mut();
        if st.closed && st.buf.is_empty() {
            return Try::Done((None, false));
        }
        if let Some(w) = dequeue(&mut st.sendq) {
            let v = if self.cap == 0 {
                w.slot.val.take()
            } else {
                let head = st.buf.pop_front();
                if let Some(sv) = w.slot.val.take() {
                    st.buf.push_back(sv);
                }
                head
            };
            drop(st);
            w.slot.state.set(SlotState::Done(true));
            rt.ready(w.g);
            self.check();
            return Try::Done((v, true));
        }
        let got = st.buf.pop_front();
        drop(st);
        self.check();
        match got {
            Some(v) => Try::Done((Some(v), true)),
            None => Try::WouldBlock,
        }
    }

    pub(crate) fn enqueue_send(&self, w: Waiter<T>) {
        self.st.borrow_mut().sendq.push_back(w);
        self.check();
    }

    pub(crate) fn enqueue_recv(&self, w: Waiter<T>) {
        self.st.borrow_mut().recvq.push_back(w);
        self.check();
    }

    /// Remove the waiters of a finished select.
    pub(crate) fn remove_select(&self, tok: &Rc<SelToken>) {
        let mut st = self.st.borrow_mut();
        let mine = |w: &Waiter<T>| w.sel.as_ref().is_some_and(|(t, _)| Rc::ptr_eq(t, tok));
        st.recvq.retain(|w| !mine(w));
        st.sendq.retain(|w| !mine(w));
    }

    /// Close; Err(()) if already closed. Wakes every waiter.
    fn close(&self, rt: &Rt) -> Result<(), ()> {
        let mut st = self.st.borrow_mut();
        if st.closed {
            return Err(());
        }
        st.closed = true;
        let mut woken = Vec::new();
        while let Some(w) = dequeue(&mut st.recvq) {
            w.slot.state.set(SlotState::Done(false));
            woken.push(w.g);
        }
        while let Some(w) = dequeue(&mut st.sendq) {
            w.slot.state.set(SlotState::Closed);
            woken.push(w.g);
        }
        drop(st);
        for g in woken.into_iter().rev() {
            rt.ready(g);
        }
        self.check();
        Ok(())
    }
}

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
        Chan {
            inner: Some(Rc::new(Inner {
                st: RefCell::new(State {
                    buf: VecDeque::with_capacity(cap.min(1024)),
                    closed: false,
                    recvq: VecDeque::new(),
                    sendq: VecDeque::new(),
                }),
                cap,
                name: Cell::new("chan"),
                timer: Cell::new(0),
            })),
        }
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
        SendFut { ch: self.clone(), val: Some(v), slot: None, site: "" }
    }

    /// `v, ok := <-ch`.
    pub fn recv_ok(&self) -> RecvFut<T> {
        RecvFut { ch: self.clone(), slot: None, site: "" }
    }

    /// `close(ch)`.
    pub fn close(&self) -> CloseFut<T> {
        CloseFut { ch: self.clone(), site: "", done: false }
    }

    /// The receive-only view `<-chan T`.
    pub fn recv_only(&self) -> RecvOnly<T> {
        RecvOnly(self.clone())
    }

    /// The send-only view `chan<- T`.
    pub fn send_only(&self) -> SendOnly<T> {
        SendOnly(self.clone())
    }

    /// `close(ch)` from inside the runtime (a context's `Done` channel): false if nil or
    /// already closed.
    pub(crate) fn close_now(&self) -> bool {
        match &self.inner {
            Some(i) => with_rt(|rt| i.close(rt).is_ok()),
            None => false,
        }
    }

    /// Send from a timer: non-blocking, dropped if the buffer is full (Go's `sendTime`).
    pub(crate) fn try_send_internal(&self, v: T) {
        self.try_send_now(v);
    }

    /// A non-blocking send from outside any goroutine (a timer's callback, an outside
    /// event): handed to a waiting receiver or buffered; false if it had to be dropped (no
    /// receiver and no room, nil or closed channel).
    pub fn try_send_now(&self, v: T) -> bool {
        self.inner.as_ref().is_some_and(|i| with_rt(|rt| matches!(i.try_send(v, rt), TrySend::Sent)))
    }
}

impl<T: Default> Chan<T> {
    /// `v := <-ch` (the zero value once the channel is closed and drained).
    pub fn recv(&self) -> Recv<T> {
        Recv(self.recv_ok())
    }

    /// One step of `for v := range ch`: `None` once the channel is closed and drained.
    pub fn next(&self) -> Next<T> {
        Next(self.recv_ok())
    }
}

/// `<-chan T`: a channel that can only be received from.
pub struct RecvOnly<T>(Chan<T>);

impl<T> Clone for RecvOnly<T> {
    fn clone(&self) -> Self {
        RecvOnly(self.0.clone())
    }
}

impl<T: Default> RecvOnly<T> {
    pub fn recv(&self) -> Recv<T> {
        self.0.recv()
    }
    pub fn recv_ok(&self) -> RecvFut<T> {
        self.0.recv_ok()
    }
    pub fn next(&self) -> Next<T> {
        self.0.next()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn cap(&self) -> usize {
        self.0.cap()
    }
    /// The underlying channel, for `select` cases.
    pub fn chan(&self) -> &Chan<T> {
        &self.0
    }
}

/// `chan<- T`: a channel that can only be sent to (and closed).
pub struct SendOnly<T>(Chan<T>);

impl<T> Clone for SendOnly<T> {
    fn clone(&self) -> Self {
        SendOnly(self.0.clone())
    }
}

impl<T> SendOnly<T> {
    pub fn send(&self, v: T) -> SendFut<T> {
        self.0.send(v)
    }
    pub fn close(&self) -> CloseFut<T> {
        self.0.close()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn cap(&self) -> usize {
        self.0.cap()
    }
    pub fn chan(&self) -> &Chan<T> {
        &self.0
    }
}

pub(crate) fn chan_event<T>(rt: &Rt, ch: &Chan<T>, op: &'static str, site: &'static str) {
    if let Some(i) = ch.inner() {
        rt.race_acq_rel(Rc::as_ptr(i) as *const u8 as usize);
    }
    let chan = ch.name();
    rt.emit(|| Event::Chan { t: rt.now.get(), g: rt.cur.get(), op, chan, line: rt.line(site) });
}

/// The future of `ch <- v`.
pub struct SendFut<T> {
    ch: Chan<T>,
    val: Option<T>,
    slot: Option<Rc<Slot<T>>>,
    site: &'static str,
}

impl<T> Unpin for SendFut<T> {}

impl<T> SendFut<T> {
    /// The source label of this statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<T> Future for SendFut<T> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        with_rt(|rt| {
            if let Some(slot) = &this.slot {
                return match slot.state.get() {
                    SlotState::Waiting => Poll::Pending,
                    SlotState::Done(_) => {
                        chan_event(rt, &this.ch, "send", this.site);
                        Poll::Ready(())
                    }
                    SlotState::Closed => {
                        rt.raise("send on closed channel".into(), this.site);
                        Poll::Pending
                    }
                };
            }
            if !rt.tick() {
                return Poll::Pending;
            }
            let Some(inner) = this.ch.inner() else {
                rt.note_wait(Wait::SendNil);
                rt.park(WaitReason::ChanSendNil, "nil chan", this.site);
                this.slot = Some(Slot::new(None));
                return Poll::Pending;
            };
            let v = this.val.take().expect("send polled after completion");
            match inner.try_send(v, rt) {
                TrySend::Sent => {
                    chan_event(rt, &this.ch, "send", this.site);
                    Poll::Ready(())
                }
                TrySend::Closed => {
                    rt.raise("send on closed channel".into(), this.site);
                    Poll::Pending
                }
                TrySend::WouldBlock(v) => {
                    let slot = Slot::new(Some(v));
                    inner.enqueue_send(Waiter { g: rt.cur.get(), slot: slot.clone(), sel: None });
                    this.slot = Some(slot);
                    rt.note_wait(Wait::Send { chan: inner.name.get(), cap: inner.cap as u32 });
                    rt.park(WaitReason::ChanSend, inner.name.get(), this.site);
                    Poll::Pending
                }
            }
        })
    }
}

/// The future of `v, ok := <-ch`; yields `(value, ok)`.
pub struct RecvFut<T> {
    ch: Chan<T>,
    slot: Option<Rc<Slot<T>>>,
    site: &'static str,
}

impl<T> Unpin for RecvFut<T> {}

impl<T> RecvFut<T> {
    /// The source label of this statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<T: Default> Future for RecvFut<T> {
    type Output = (T, bool);
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<(T, bool)> {
        let this = self.get_mut();
        with_rt(|rt| {
            if let Some(slot) = &this.slot {
                return match slot.state.get() {
                    SlotState::Done(ok) => {
                        chan_event(rt, &this.ch, "recv", this.site);
                        Poll::Ready((slot.val.take().unwrap_or_default(), ok))
                    }
                    _ => Poll::Pending,
                };
            }
            if !rt.tick() {
                return Poll::Pending;
            }
            let Some(inner) = this.ch.inner() else {
                rt.note_wait(Wait::RecvNil);
                rt.park(WaitReason::ChanReceiveNil, "nil chan", this.site);
                this.slot = Some(Slot::new(None));
                return Poll::Pending;
            };
            match inner.try_recv(rt) {
                Try::Done((v, ok)) => {
                    chan_event(rt, &this.ch, "recv", this.site);
                    Poll::Ready((v.unwrap_or_default(), ok))
                }
                _ => {
                    let slot = Slot::new(None);
                    inner.enqueue_recv(Waiter { g: rt.cur.get(), slot: slot.clone(), sel: None });
                    this.slot = Some(slot);
                    rt.note_wait(Wait::Recv { chan: inner.name.get() });
                    rt.park(WaitReason::ChanReceive, inner.name.get(), this.site);
                    Poll::Pending
                }
            }
        })
    }
}

/// The future of `v := <-ch`.
pub struct Recv<T>(RecvFut<T>);

impl<T> Recv<T> {
    pub fn at(self, site: &'static str) -> Self {
        Recv(self.0.at(site))
    }
}

impl<T: Default> Future for Recv<T> {
    type Output = T;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        Pin::new(&mut self.get_mut().0).poll(cx).map(|(v, _)| v)
    }
}

/// The future of one iteration of `for v := range ch`.
pub struct Next<T>(RecvFut<T>);

impl<T> Next<T> {
    pub fn at(self, site: &'static str) -> Self {
        Next(self.0.at(site))
    }
}

impl<T: Default> Future for Next<T> {
    type Output = Option<T>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        Pin::new(&mut self.get_mut().0).poll(cx).map(|(v, ok)| ok.then_some(v))
    }
}

/// The future of `close(ch)` (it completes at once, or panics).
pub struct CloseFut<T> {
    ch: Chan<T>,
    site: &'static str,
    done: bool,
}

impl<T> Unpin for CloseFut<T> {}

impl<T> CloseFut<T> {
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<T> Future for CloseFut<T> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        if this.done {
            return Poll::Pending;
        }
        with_rt(|rt| {
            if !rt.tick() {
                return Poll::Pending;
            }
            this.done = true;
            let Some(inner) = this.ch.inner() else {
                rt.raise("close of nil channel".into(), this.site);
                return Poll::Pending;
            };
            match inner.close(rt) {
                Ok(()) => {
                    chan_event(rt, &this.ch, "close", this.site);
                    Poll::Ready(())
                }
                Err(()) => {
                    rt.raise("close of closed channel".into(), this.site);
                    Poll::Pending
                }
            }
        })
    }
}
