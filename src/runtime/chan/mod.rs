//! Channels, as Go's `runtime/chan.go` implements them, on the simulated scheduler.
//!
//! One file per concern, as `chan.go` is laid out:
//! - `record.rs`: the channel record (Go's `hchan`), its wait queues and the invariants below,
//!   checked with `debug_assert!` after every change;
//! - `handle.rs`: `Chan<T>`, the value Go code holds (make, nil, len, cap, naming);
//! - `views.rs`: the directional views `<-chan T` and `chan<- T`;
//! - `send.rs`: `ch <- v` (Go's `chansend`); `recv.rs`: `<-ch` and `range` (`chanrecv`);
//!   `close.rs`: `close(ch)` (`closechan`); `now.rs`: send and receive done at once without
//!   a future (the interpreter's fast path).
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

mod close;
mod handle;
mod now;
mod record;
mod recv;
mod send;
mod views;

pub use close::CloseFut;
pub use handle::Chan;
pub use now::Now;
pub(crate) use record::{SelToken, Slot, SlotState, Waiter};
pub use recv::RecvFut;
pub(crate) use recv::Try;
pub use send::SendFut;
pub(crate) use send::TrySend;
pub use views::{RecvOnly, SendOnly};
