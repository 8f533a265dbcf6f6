//! A goroutine: the Rust future that runs its function, its deferred calls, its panic state,
//! and where it is (for reports). Kept small: a parked goroutine costs this struct plus its
//! future's state.

use super::event::{Gid, WaitReason};
use std::future::Future;
use std::pin::Pin;

pub type GoFuture = Pin<Box<dyn Future<Output = ()>>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    Running,
    Waiting(WaitReason),
}

/// A Go panic value, already formatted the way `panic: ...` prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct PanicValue(pub String);

/// Where a goroutine comes from: its function and the `go` statement that started it.
/// Shared by every goroutine started by the same statement (stored once per runtime).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Origin {
    /// The Go function it runs (`main.main`, `main.worker`, `main.main.func1`).
    pub func: &'static str,
    /// The function containing the `go` statement.
    pub created_by: &'static str,
    /// Source label of the `go` statement.
    pub created_at: &'static str,
}

pub struct G {
    /// The future currently being run: the function body, then each deferred call.
    pub fut: Option<GoFuture>,
    /// `defer`red calls, run last-in first-out when the function returns or panics.
    /// Boxed so a goroutine without defers costs one word, not three (parked-goroutine size).
    #[allow(clippy::box_collection)]
    pub defers: Option<Box<Vec<GoFuture>>>,
    /// The panic being unwound, if any.
    pub panic: Option<Box<PanicValue>>,
    /// Source label of its current (or last blocking) operation.
    pub site: &'static str,
    pub id: Gid,
    /// The goroutine whose `go` statement started it (0: the runtime, e.g. a timer).
    pub parent: Gid,
    /// Index of its [`Origin`] in the scheduler's table.
    pub origin: u32,
    pub status: Status,
    /// Set by the op that raised a panic; the scheduler starts unwinding when it sees it.
    pub panic_raised: bool,
    /// Running deferred calls (after return or panic).
    pub unwinding: bool,
    /// Whether it has started running at all.
    pub started: bool,
    /// A runtime-internal goroutine (Go's finalizer goroutine): never in dumps or counts.
    pub system: bool,
    /// What it waits on while parked (for deadlock and leak explanations).
    pub(crate) wait: super::explain::Wait,
}

impl G {
    pub fn new(id: Gid, parent: Gid, origin: u32, fut: GoFuture) -> Self {
        G {
            fut: Some(fut),
            defers: None,
            panic: None,
            site: "",
            id,
            parent,
            origin,
            status: Status::Runnable,
            panic_raised: false,
            unwinding: false,
            started: false,
            system: false,
            wait: super::explain::Wait::Unknown,
        }
    }

    pub fn pop_defer(&mut self) -> Option<GoFuture> {
        self.defers.as_mut().and_then(|d| d.pop())
    }
}
