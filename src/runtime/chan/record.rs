//! The channel record (Go's `hchan`): the buffer, the closed flag and the two wait queues,
//! the mailbox a parked operation waits on (Go's `sudog`), and the invariants every change
//! keeps (`Inner::check`). The send, receive and close paths live in sibling files.

use crate::runtime::event::{Event, Gid};
use crate::runtime::sched::{try_with_rt, Rt};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

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
    /// Written in place in its allocation: `Rc::new` builds the slot on the stack and copies
    /// it, and reading back the value's freshly stored halves stalls the processor.
    #[inline]
    pub(crate) fn new(val: Option<T>) -> Rc<Self> {
        let mut rc = Rc::<Self>::new_uninit();
        Rc::get_mut(&mut rc)
            .expect("a new allocation has one owner")
            .write(Slot { val: Cell::new(val), state: Cell::new(SlotState::Waiting) });
        // SAFETY: the slot was written in full just above.
        unsafe { rc.assume_init() }
    }
}

/// Shared by every case of one blocked `select`: which case fired (-1: none yet).
#[doc(hidden)]
pub struct SelToken {
    pub(crate) fired: Cell<i32>,
}

/// A goroutine parked on a channel's `recvq` or `sendq`.
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

/// What changes as the channel is used.
pub(super) struct State<T> {
    pub(super) buf: VecDeque<T>,
    pub(super) closed: bool,
    pub(super) recvq: VecDeque<Waiter<T>>,
    pub(super) sendq: VecDeque<Waiter<T>>,
}

/// The channel itself, shared by every `Chan` handle to it.
pub(crate) struct Inner<T> {
    pub(super) st: RefCell<State<T>>,
    pub(super) cap: usize,
    pub(super) name: Cell<&'static str>,
    /// The timer feeding a timer's or ticker's channel (0: an ordinary channel).
    pub(super) timer: Cell<u64>,
}

/// Pop the first waiter that can still be served (claiming its select, if any).
#[inline]
pub(super) fn dequeue<T>(q: &mut VecDeque<Waiter<T>>) -> Option<Waiter<T>> {
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

impl<T> Inner<T> {
    /// An open channel with room for `cap` values and nobody waiting.
    pub(super) fn new(cap: usize) -> Self {
        Inner {
            st: RefCell::new(State {
                buf: VecDeque::with_capacity(cap.min(1024)),
                closed: false,
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
            cap,
            name: Cell::new("chan"),
            timer: Cell::new(0),
        }
    }

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
        id != 0 && try_with_rt(|rt| rt.timers.borrow().is_due(id, rt.now.get())).unwrap_or(false)
    }

    /// A timer channel whose timer is due: fire the timer now, before looking at the buffer
    /// (Go 1.23's `maybeRunChan`), so a due timer is ready in a receive or a select's pass 1.
    pub(super) fn run_due_timer(&self, rt: &Rt) {
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

    #[inline]
    pub(crate) fn enqueue_send(&self, w: Waiter<T>) {
        self.st.borrow_mut().sendq.push_back(w);
        self.check();
    }

    #[inline]
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

    /// The invariants the module comment states, checked in debug builds after every change:
    /// the buffer never exceeds `cap`; a receiver waits only on an empty buffer and a sender
    /// only on a full one; receivers and senders wait together only on an unbuffered channel
    /// and then for one `select` holding both cases; nobody waits on a closed channel.
    pub(super) fn check(&self) {
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
}
