//! The event stream a run produces: what the UI renders (terminal, timeline, code highlights)
//! and what `chanlab run --trace` prints as JSON lines. Times are virtual nanoseconds. The
//! runtime's own goroutines (system goroutines) never appear in it: a goroutine one of them
//! wakes is woken `by` 0, as by a timer.

use serde::Serialize;

/// Goroutine id, as Go numbers them (main is 1).
pub type Gid = u32;

/// Which stream a write went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Why a goroutine is parked, named exactly as Go 1.27's goroutine dumps name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum WaitReason {
    ChanSend,
    ChanReceive,
    ChanSendNil,
    ChanReceiveNil,
    Select,
    SelectNoCases,
    Sleep,
    /// A bare runtime semaphore. Go 1.19 said this for every sync wait; Go 1.27 gives the
    /// sync types reasons of their own (below), so nothing in the runtime uses it now.
    Semacquire,
    CondWait,
    /// `wg.Wait()`.
    WaitGroupWait,
    /// `mu.Lock()` (also a writer queued behind another writer in `rw.Lock()`).
    MutexLock,
    /// `rw.RLock()` behind a writer.
    RWMutexRLock,
    /// `rw.Lock()` waiting for the readers inside to leave.
    RWMutexLock,
}

impl WaitReason {
    /// The text Go prints between the brackets of `goroutine N [...]:`.
    pub fn go_name(self) -> &'static str {
        match self {
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSendNil => "chan send (nil chan)",
            WaitReason::ChanReceiveNil => "chan receive (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::Semacquire => "semacquire",
            WaitReason::CondWait => "sync.Cond.Wait",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
        }
    }
}

/// One thing that happened during a run.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// `go f()`: goroutine `g` was created by `parent` at Go source `line`.
    Spawn { t: i64, g: Gid, parent: Gid, func: &'static str, line: u32 },
    /// The scheduler switched to `g`, on processor `p` (always 0 with `GOMAXPROCS=1`).
    Run { t: i64, g: Gid, p: u32 },
    /// `g` parked: `reason`, on the object named `on` (a channel or lock), at `line`.
    Block { t: i64, g: Gid, reason: &'static str, on: &'static str, line: u32 },
    /// `g` was made runnable again by goroutine `by` (0: a timer, the runtime or the outside
    /// world).
    Ready { t: i64, g: Gid, by: Gid },
    /// `g` yielded with `runtime.Gosched()` (or a parallel-mode preemption).
    Yield { t: i64, g: Gid },
    /// `g` returned from its function.
    Exit { t: i64, g: Gid },
    /// A channel operation completed: `op` is send, recv or close.
    Chan { t: i64, g: Gid, op: &'static str, chan: &'static str, line: u32 },
    /// The program wrote `text` to a stream.
    Output { t: i64, g: Gid, stream: Stream, text: String },
    /// A timer fired.
    Timer { t: i64 },
    /// A goroutine panicked.
    Panic { t: i64, g: Gid, message: String, line: u32 },
    /// A panic was stopped by `recover()`.
    Recover { t: i64, g: Gid },
    /// Something from outside the program happened (a signal, a button press).
    Inject { t: i64, name: String },
    /// The program ended with an exit status.
    End { t: i64, status: i32, reason: String },
}
