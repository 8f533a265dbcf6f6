//! `<-ch`, `v, ok := <-ch` and one step of `for v := range ch` (Go's `chanrecv`): take from a
//! waiting sender, else from the buffer, else park on `recvq`; a closed, drained channel
//! gives the zero value and `ok == false`.

use super::handle::{chan_event, Chan};
use super::record::{dequeue, Inner, Slot, SlotState, Waiter};
use crate::runtime::event::WaitReason;
use crate::runtime::explain::Wait;
use crate::runtime::sched::{with_rt, Rt};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

/// What a non-blocking receive found.
pub(crate) enum Try<T> {
    Done(T),
    WouldBlock,
}

impl<T> Inner<T> {
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
}

/// The future of `v, ok := <-ch`; yields `(value, ok)`.
pub struct RecvFut<T> {
    ch: Chan<T>,
    slot: Option<Rc<Slot<T>>>,
    site: &'static str,
}

impl<T> Unpin for RecvFut<T> {}

impl<T> RecvFut<T> {
    pub(super) fn new(ch: Chan<T>) -> Self {
        RecvFut { ch, slot: None, site: "" }
    }

    /// The source label of this statement, for reports and the timeline.
    pub fn at(mut self, site: &'static str) -> Self {
        self.site = site;
        self
    }
}

impl<T: Default> RecvFut<T> {
    /// Polled again after parking: done once a sender or `close` filled the mailbox.
    fn resume(&self, rt: &Rt, slot: &Slot<T>) -> Poll<(T, bool)> {
        match slot.state.get() {
            SlotState::Done(ok) => {
                chan_event(rt, &self.ch, "recv", self.site);
                Poll::Ready((slot.val.take().unwrap_or_default(), ok))
            }
            _ => Poll::Pending,
        }
    }

    /// The first poll: receive now if the channel allows it, else park (forever on nil).
    fn start(&mut self, rt: &Rt) -> Poll<(T, bool)> {
        let Some(inner) = self.ch.inner() else {
            rt.note_wait(Wait::RecvNil);
            rt.park(WaitReason::ChanReceiveNil, "nil chan", self.site);
            self.slot = Some(Slot::new(None));
            return Poll::Pending;
        };
        match inner.try_recv(rt) {
            Try::Done((v, ok)) => {
                chan_event(rt, &self.ch, "recv", self.site);
                Poll::Ready((v.unwrap_or_default(), ok))
            }
            Try::WouldBlock => {
                let inner = inner.clone();
                self.park(rt, &inner);
                Poll::Pending
            }
        }
    }
}

impl<T> RecvFut<T> {
    /// Nothing to take: wait on `recvq`.
    pub(super) fn park(&mut self, rt: &Rt, inner: &Inner<T>) {
        let slot = Slot::new(None);
        inner.enqueue_recv(Waiter { g: rt.cur.get(), slot: slot.clone(), sel: None });
        self.slot = Some(slot);
        rt.note_wait(Wait::Recv { chan: inner.name.get() });
        rt.park(WaitReason::ChanReceive, inner.name.get(), self.site);
    }
}

impl<T: Default> Future for RecvFut<T> {
    type Output = (T, bool);
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<(T, bool)> {
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

/// The future of `v := <-ch`.
pub struct Recv<T>(RecvFut<T>);

impl<T> Recv<T> {
    pub(super) fn new(f: RecvFut<T>) -> Self {
        Recv(f)
    }

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
    pub(super) fn new(f: RecvFut<T>) -> Self {
        Next(f)
    }

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
