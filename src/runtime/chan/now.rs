//! Send and receive completed without a future: the Go interpreter's fast path. Most
//! operations complete at once (room in the buffer, a value or a partner waiting); the
//! interpreter does them here, in one visit to the runtime, exactly as the first poll of
//! `send`/`recv_ok` would (one operation counted, the same hand-off, the same timeline event),
//! and asks for the source label only when something records it. An operation that must
//! wait comes back as its future, already parked, as after that first poll.
//!
//! Only for one processor (`GOMAXPROCS=1`): in parallel mode every operation may first yield
//! the processor, which only the future's poll does.

use super::handle::{chan_event_at, Chan};
use super::recv::{RecvFut, Try};
use super::send::{SendFut, TrySend};
use crate::runtime::sched::with_rt;

/// What an operation tried at once did.
pub enum Now<T, F> {
    /// Completed, with its result.
    Done(T),
    /// Waiting: the future was polled once and parked the goroutine; poll it when readied.
    Parked(F),
    /// Not started (a nil channel, or the program is stopping): poll the future as usual.
    Poll(F),
}

impl<T> Chan<T> {
    /// `ch <- v` now if it can complete (see the module doc); `site` names the statement.
    /// `None` on a closed channel: the caller panics (nothing was counted).
    pub fn send_now(&self, v: T, site: impl Fn() -> &'static str) -> Option<Now<(), SendFut<T>>> {
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
                    let mut fut = SendFut::new_parking(self.clone(), site());
                    fut.park(rt, inner, v);
                    Some(Now::Parked(fut))
                }
                TrySend::Closed => None,
            }
        })
    }

    /// `v, ok := <-ch` now if it can complete (see the module doc), the value stored straight
    /// into `dst` (no copies through the answer): `Done(true)` once a value is in `dst`,
    /// `Done(false)` on a closed, drained channel (`dst` untouched: the caller stores the
    /// zero value).
    pub fn recv_now_into(&self, dst: &mut T, site: impl Fn() -> &'static str) -> Now<bool, RecvFut<T>> {
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
                    let mut fut = self.recv_ok().at(site());
                    fut.park(rt, inner);
                    Now::Parked(fut)
                }
            }
        })
    }
}
