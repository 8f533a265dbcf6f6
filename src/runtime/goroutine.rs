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

pub struct G {
    pub id: Gid,
    pub status: Status,
    /// The future currently being run: the function body, then each deferred call.
    pub fut: Option<GoFuture>,
    /// `defer`red calls, run last-in first-out when the function returns or panics.
    pub defers: Vec<GoFuture>,
    /// The panic being unwound, if any.
    pub panic: Option<Box<PanicValue>>,
    /// Set by the op that raised a panic; the scheduler starts unwinding when it sees it.
    pub panic_raised: bool,
    /// Running deferred calls (after return or panic).
    pub unwinding: bool,
    /// The Go function it runs (`main.main`, `main.worker`, `main.main.func1`).
    pub func: &'static str,
    /// Source label of its current (or last blocking) operation.
    pub site: &'static str,
    /// Source label of the `go` statement that created it, and its creator's function.
    pub created_at: &'static str,
    pub created_by: &'static str,
    /// Whether it has started running at all.
    pub started: bool,
    /// A runtime-internal goroutine (Go's finalizer goroutine): never in dumps or counts.
    pub system: bool,
}

impl G {
    pub fn new(
        id: Gid,
        func: &'static str,
        created_by: &'static str,
        created_at: &'static str,
        fut: GoFuture,
    ) -> Self {
        G {
            id,
            status: Status::Runnable,
            fut: Some(fut),
            defers: Vec::new(),
            panic: None,
            panic_raised: false,
            unwinding: false,
            func,
            site: "",
            created_at,
            created_by,
            started: false,
            system: false,
        }
    }
}
