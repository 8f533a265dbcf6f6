//! `ch <- v` (Go's `chansend`): hand the value to a waiting receiver, else buffer it, else
//! park the sender on `sendq` until a receiver takes it or `close` makes it panic.

use super::handle::{chan_event, Chan};
use super::record::{dequeue, Inner, Slot, SlotState, Waiter};
use crate::runtime::event::WaitReason;
use crate::runtime::explain::Wait;
use crate::runtime::sched::{with_rt, Rt};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

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
}

impl<T> Chan<T> {
    /// Send from a timer: non-blocking, dropped if the buffer is full (Go's `sendTime`).
    pub(crate) fn try_send_internal(&self, v: T) {
        self.try_send_now(v);
    }

    /// A non-blocking send from outside any goroutine (a timer's callback, an outside
    /// event): handed to a waiting receiver or buffered; false if it had to be dropped (no
    /// receiver and no room, nil or closed channel).
    pub fn try_send_now(&self, v: T) -> bool {
        self.inner().is_some_and(|i| with_rt(|rt| matches!(i.try_send(v, rt), TrySend::Sent)))
    }
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
    pub(super) fn new(ch: Chan<T>, v: T) -> Self {
        SendFut { ch, val: Some(v), slot: None, site: "" }
    }

    /// A send about to park (its value goes to the mailbox).
    pub(super) fn new_parking(ch: Chan<T>, site: &'static str) -> Self {
        SendFut { ch, val: None, slot: None, site }
    }

    /// The source label of this statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }

    /// Polled again after parking: done once a receiver took the value; a panic if `close`
    /// woke it instead.
    fn resume(&self, rt: &Rt, slot: &Slot<T>) -> Poll<()> {
        match slot.state.get() {
            SlotState::Waiting => Poll::Pending,
            SlotState::Done(_) => {
                chan_event(rt, &self.ch, "send", self.site);
                Poll::Ready(())
            }
            SlotState::Closed => {
                rt.raise("send on closed channel".into(), self.site);
                Poll::Pending
            }
        }
    }

    /// The first poll: send now if the channel allows it, else park (forever on nil).
    fn start(&mut self, rt: &Rt) -> Poll<()> {
        let Some(inner) = self.ch.inner() else {
            rt.note_wait(Wait::SendNil);
            rt.park(WaitReason::ChanSendNil, "nil chan", self.site);
            self.slot = Some(Slot::new(None));
            return Poll::Pending;
        };
        let v = self.val.take().expect("send polled after completion");
        match inner.try_send(v, rt) {
            TrySend::Sent => {
                chan_event(rt, &self.ch, "send", self.site);
                Poll::Ready(())
            }
            TrySend::Closed => {
                rt.raise("send on closed channel".into(), self.site);
                Poll::Pending
            }
            TrySend::WouldBlock(v) => {
                let inner = inner.clone();
                self.park(rt, &inner, v);
                Poll::Pending
            }
        }
    }

    /// No receiver and no room: wait on `sendq` with the value.
    pub(super) fn park(&mut self, rt: &Rt, inner: &Inner<T>, v: T) {
        let slot = Slot::new(Some(v));
        inner.enqueue_send(Waiter { g: rt.cur.get(), slot: slot.clone(), sel: None });
        self.slot = Some(slot);
        rt.note_wait(Wait::Send { chan: inner.name.get(), cap: inner.cap as u32 });
        rt.park(WaitReason::ChanSend, inner.name.get(), self.site);
    }
}

impl<T> Future for SendFut<T> {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        with_rt(|rt| {
            if let Some(slot) = &this.slot {
                return this.resume(rt, slot);
            }
            if !rt.tick() {
                return Poll::Pending;
            }
            this.start(rt)
        })
    }
}
