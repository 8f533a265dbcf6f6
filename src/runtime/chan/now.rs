//! Send and receive completed without a future: the Go interpreter's fast path. Most
//! operations complete at once (room in the buffer, a value or a partner waiting); the
//! interpreter does them here, in one visit to the runtime, exactly as the first poll of
//! `send`/`recv_ok` would (one operation counted, the same hand-off, the same timeline event),
//! and asks for the source label only when something records it. An operation that must
//! wait builds its future where the caller keeps it (`home`), and parks it there, as after
//! that first poll: the future is written once, in place (copying a freshly written future
//! out through return values stalls the processor's store forwarding).
//!
//! Only for one processor (`GOMAXPROCS=1`): in parallel mode every operation may first yield
//! the processor, which only the future's poll does.

use super::handle::{chan_event_at, Chan};
use super::recv::{RecvFut, Try};
use super::send::{SendFut, TrySend};
use crate::runtime::sched::with_rt;

/// What an operation tried at once did.
pub enum Now<T, F, P = F> {
    /// Completed, with its result.
    Done(T),
    /// Waiting: the future was polled once and parked the goroutine (it is `P`, or in the
    /// caller's `home`); poll it when readied.
    Parked(P),
    /// Not started (a nil channel, or the program is stopping): poll the future as usual.
    Poll(F),
}

impl<T> Chan<T> {
    /// `ch <- v` now if it can complete (see the module doc); `site` names the statement.
    /// A send that must wait is built and parked in `home(future)`. `None` on a closed
    /// channel: the caller panics (nothing was counted).
    pub fn send_now<'h>(
        &self,
        v: T,
        site: impl Fn() -> &'static str,
        home: impl FnOnce(SendFut<T>) -> &'h mut SendFut<T>,
    ) -> Option<Now<(), SendFut<T>, ()>>
    where
        T: 'h,
    {
        let Some(inner) = self.inner() else { return Some(Now::Poll(self.send(v).at(site()))) };
        if inner.st.borrow().closed {
            return None;
        }
        with_rt(|rt| {
            if !rt.tick() {
                return Some(Now::Poll(self.send(v).at(site())));
            }
            match inner.try_send(v, rt) {
                TrySend::Sent => {
                    chan_event_at(rt, self, "send", &site);
                    Some(Now::Done(()))
                }
                TrySend::WouldBlock(v) => {
                    home(SendFut::new_parking(self.clone(), site())).park(rt, inner, v);
                    Some(Now::Parked(()))
                }
                TrySend::Closed => None,
            }
        })
    }

    /// `v, ok := <-ch` now if it can complete (see the module doc), the value stored straight
    /// into `dst` (no copies through the answer): `Done(true)` once a value is in `dst`,
    /// `Done(false)` on a closed, drained channel (`dst` untouched: the caller stores the
    /// zero value). A receive that must wait is built and parked in `home(future)`.
    pub fn recv_now_into<'h>(
        &self,
        dst: &mut T,
        site: impl Fn() -> &'static str,
        home: impl FnOnce(RecvFut<T>) -> &'h mut RecvFut<T>,
    ) -> Now<bool, RecvFut<T>, ()>
    where
        T: 'h,
    {
        let Some(inner) = self.inner() else { return Now::Poll(self.recv_ok().at(site())) };
        with_rt(|rt| {
            if !rt.tick() {
                return Now::Poll(self.recv_ok().at(site()));
            }
            match inner.try_recv(rt) {
                Try::Done((got, ok)) => {
                    chan_event_at(rt, self, "recv", &site);
                    match got {
                        Some(v) if ok => {
                            *dst = v;
                            Now::Done(true)
                        }
                        _ => Now::Done(false),
                    }
                }
                Try::WouldBlock => {
                    home(self.recv_ok().at(site())).park(rt, inner);
                    Now::Parked(())
                }
            }
        })
    }
}
