//! `close(ch)` (Go's `closechan`): mark the channel closed and wake every waiter — receivers
//! get the zero value and `ok == false`, parked senders panic. Waiters are readied in reverse
//! queue order, as Go pops them off a stack, so the first waiting receiver runs next.

use super::handle::{chan_event, Chan};
use super::record::{dequeue, Inner, SlotState};
use crate::runtime::sched::{with_rt, Rt};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

impl<T> Inner<T> {
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

impl<T> Chan<T> {
    /// `close(ch)` from inside the runtime (a context's `Done` channel): false if nil or
    /// already closed.
    pub(crate) fn close_now(&self) -> bool {
        match self.inner() {
            Some(i) => with_rt(|rt| i.close(rt).is_ok()),
            None => false,
        }
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
    pub(super) fn new(ch: Chan<T>) -> Self {
        CloseFut { ch, site: "", done: false }
    }

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
