//! The simulated Go runtime: a deterministic, single-threaded, cooperative scheduler that
//! runs Go-shaped programs (written in Rust against this API) with Go's semantics — the same
//! output, order, panics and deadlock reports as real Go under `GOMAXPROCS=1`.
//!
//! Pure Rust, no web dependencies. A goroutine is a Rust future; every Go runtime operation
//! (channel send, lock, sleep...) is an `.await`, and blocking is explicit parking, so the
//! scheduler decides exactly which goroutine runs next, as Go's would.
//!
//! A program is an `async` main function:
//!
//! ```
//! use chanlab::runtime::{self as go, Chan, Config, Runtime};
//! let out = Runtime::new(Config::default(), async {
//!     let ch: Chan<i64> = Chan::new(0);
//!     let tx = ch.clone();
//!     go::go("main.main.func1", "", async move { tx.send(42).await });
//!     let v = ch.recv().await;
//!     go::println(format!("got {v}"));
//! })
//! .run();
//! assert_eq!(out.stdout, "got 42\n");
//! ```

mod atomic;
mod chan;
pub mod context;
mod event;
mod explain;
pub mod gofmt;
mod gomap;
mod goroutine;
mod outcome;
mod park;
mod race;
mod rng;
mod sched;
mod select;
mod select_dyn;
mod sync;
mod timer;
pub mod xsync;

pub use atomic::{AtomicInt, AtomicValue, Shared};
pub use chan::{Chan, CloseFut, Now, RecvFut, RecvOnly, SendFut, SendOnly};
pub use context::{CancelFunc, Context, CtxErr};
pub use event::{Event, Gid, Stream, WaitReason};
pub use explain::Explanation;
pub use gomap::GoMap;
pub use goroutine::{PanicValue, Stack};
pub use outcome::{Frame, GoroutineInfo, Outcome};
pub use rng::Rng;
pub use sched::{Config, Runtime, Step, Stop, Write};
pub use select::{select_forever, DynCases, ReadyCase, Select, SelectChoice, SelectFut};
pub use select_dyn::{select_now, CaseRef, Chosen, ValCase, ValSelect, ValSelectFut, NOW_CASES, SEND_ON_CLOSED};
pub use sync::{Cond, Mutex, Once, RwMutex, WaitGroup};
pub use timer::{
    after, after_func, bind_timer_chan, call_after, drain_timer_chan, new_ticker, new_timer, now, since, sleep,
    stop_timer, tick, Ticker, Time, Timer,
};

use sched::with_rt;
use std::future::Future;
use std::rc::Rc;

/// `go f()`: start a goroutine running `fut`. `func` is the Go function's name as tracebacks
/// print it (`main.worker`, `main.main.func1`); `site` labels the `go` statement's line.
pub fn go<F: Future<Output = ()> + 'static>(func: &'static str, site: &'static str, fut: F) -> Gid {
    with_rt(|rt| {
        rt.count_op();
        rt.spawn(func, site, Box::pin(fut))
    })
}

/// `go f()` inside function `creator` (its Go name, e.g. `main.runPool`) when the current
/// goroutine's own function is another one: tracebacks print `created by <creator>`.
/// (`go` finds a closure's creator from its name: `main.merge.func1` ⇒ `main.merge`.)
pub fn go_in<F: Future<Output = ()> + 'static>(
    creator: &'static str,
    func: &'static str,
    site: &'static str,
    fut: F,
) -> Gid {
    with_rt(|rt| rt.creator.set(Some(creator)));
    go(func, site, fut)
}

/// `defer f()`: `fut` runs when the current goroutine's function returns or panics
/// (deferred calls run last-in first-out). Arguments are evaluated now, as in Go: capture
/// them by value.
pub fn defer<F: Future<Output = ()> + 'static>(fut: F) {
    with_rt(|rt| rt.push_defer(Box::pin(fut)))
}

/// `recover()`: inside a deferred call, stop the panic and return its value.
pub fn recover() -> Option<PanicValue> {
    with_rt(|rt| rt.recover())
}

/// `fut`, but a panic the runtime raises in the current goroutine while `fut` waits (a send
/// on a channel closed meanwhile) ends it with `Err(message)` instead of unwinding the
/// goroutine, so the caller (the interpreter) can raise it where its `recover` sees it.
pub async fn catch_raise<F: std::future::Future>(fut: F) -> Result<F::Output, String> {
    let mut fut = std::pin::pin!(fut);
    std::future::poll_fn(move |cx| match fut.as_mut().poll(cx) {
        std::task::Poll::Ready(v) => std::task::Poll::Ready(Ok(v)),
        std::task::Poll::Pending => match with_rt(|rt| rt.take_raised()) {
            Some(msg) => std::task::Poll::Ready(Err(msg)),
            None => std::task::Poll::Pending,
        },
    })
    .await
}

/// The panic an operation of the current goroutine has just raised (it returned `Pending`
/// instead of completing), taken back so that the caller raises it its own way (an
/// interpreter, where a deferred `recover` sees it); `None` if it only waits.
pub fn take_raised() -> Option<String> {
    with_rt(|rt| rt.take_raised())
}

/// `panic(v)`: `v` as Go would print it after `panic: `.
pub async fn panic<T>(v: impl Into<String>) -> T {
    let site = with_rt(|rt| rt.sched.borrow().g(rt.cur.get()).map(|g| g.site).unwrap_or(""));
    park::raise(v.into(), site).await
}

/// Label the current goroutine's position (a source label of the rendered Go program):
/// reports name this line for operations that carry no label of their own.
pub fn at(site: &'static str) {
    with_rt(|rt| rt.set_site(site))
}

/// Record the current goroutine's Go call stack for reports (an interpreter calls this
/// before it waits, panics or throws, when its stack is deeper than one frame): `fill`
/// rewrites the record in place (its buffer is reused; it must not call the runtime). Goroutine dumps and panic tracebacks
/// then print every frame, as Go does; an empty `frames` clears the record (reports print
/// the goroutine's function at its current site).
pub fn set_stack(fill: impl FnOnce(&mut Stack)) {
    with_rt(|rt| {
        if let Some(g) = rt.sched.borrow_mut().g_mut(rt.cur.get()) {
            fill(g.stack.get_or_insert_with(Default::default));
            if g.stack.as_ref().is_some_and(|st| st.frames.is_empty()) {
                // Cleared: a parked goroutine keeps no empty buffer.
                g.stack = None;
            }
        }
    })
}

/// `runtime.Goexit` in the main goroutine, once its deferred calls ran (call it, then let
/// the goroutine's future end): the program runs on without it. When nothing can run any
/// more, Go reports `fatal error: no goroutines (main called runtime.Goexit) - deadlock!`,
/// or the usual deadlock with its dump if goroutines are left blocked.
pub fn main_goexit() {
    with_rt(|rt| rt.main_goexit.set(true))
}

/// `os.Stdout.Write(b)` (`stderr`: `os.Stderr`): writes `b` exactly, UTF-8 or not.
pub fn write_bytes(stderr: bool, b: Vec<u8>) {
    let stream = if stderr { Stream::Stderr } else { Stream::Stdout };
    with_rt(|rt| rt.write_bytes(stream, b))
}

/// `fmt.Println`-style output: writes `line` and a newline to stdout.
pub fn println(line: impl Into<String>) {
    let mut s = line.into();
    s.push('\n');
    with_rt(|rt| rt.write(Stream::Stdout, s))
}

/// `fmt.Print`: writes `text` to stdout as is.
pub fn print(text: impl Into<String>) {
    with_rt(|rt| rt.write(Stream::Stdout, text.into()))
}

/// `fmt.Fprintln(os.Stderr, ...)`.
pub fn eprintln(line: impl Into<String>) {
    let mut s = line.into();
    s.push('\n');
    with_rt(|rt| rt.write(Stream::Stderr, s))
}

/// `fmt.Fprint(os.Stderr, ...)`: writes `text` to stderr as is.
pub fn eprint(text: impl Into<String>) {
    with_rt(|rt| rt.write(Stream::Stderr, text.into()))
}

/// `runtime.Gosched()`: let every other runnable goroutine run first.
pub async fn gosched() {
    park::op().await;
    with_rt(|rt| rt.yield_now());
    park::yield_once().await
}

/// A read or write of Go memory at `addr` by the current goroutine (an interpreted
/// program's variable, field, element or map), at source label `site`: the race detector
/// checks it when it runs.
pub fn race_access(addr: usize, write: bool, site: &'static str) {
    sched::try_with_rt(|rt| rt.race_access(addr, write, site));
}

/// [`race_access`] to memory owned by the value `keep` returns: the first access to `addr`
/// keeps that value alive for the rest of the run, so the address is never reused by a later
/// allocation, which would otherwise inherit this one's accesses (a false race).
pub fn race_access_keeping(
    addr: usize,
    write: bool,
    site: &'static str,
    keep: impl FnOnce() -> Box<dyn std::any::Any>,
) {
    sched::try_with_rt(|rt| {
        rt.race_keep(addr, keep);
        rt.race_access(addr, write, site)
    });
}

/// Whether this run has the race detector on.
pub fn race_enabled() -> bool {
    with_rt(|rt| rt.cfg.race)
}

/// One runtime operation: in parallel mode a point where another goroutine may run first
/// (the interpreter makes memory accesses such points).
pub async fn op() {
    park::op().await
}

/// `runtime.GOMAXPROCS(0)`: the run's setting.
pub fn gomaxprocs() -> u32 {
    with_rt(|rt| rt.cfg.gomaxprocs)
}

/// An atomic operation on the object at `addr`: it acquires and releases the object, a
/// happens-before edge for the race detector (the Go interpreter's `sync/atomic`).
pub fn race_sync(addr: usize) {
    sched::try_with_rt(|rt| rt.race_acq_rel(addr));
}

/// Goroutine `g` starts with everything published into `addr` (by [`race_sync`]): the
/// happens-before edge from arming a `time.AfterFunc` timer to the goroutine it starts.
pub fn race_sync_into(g: Gid, addr: usize) {
    sched::try_with_rt(|rt| rt.race_acquire_for(g, addr));
}

/// Whether the host asked the running goroutine to pause its turn (see
/// [`Runtime::pause_after`]); the interpreter then awaits [`pause`].
pub fn pause_due() -> bool {
    with_rt(|rt| rt.pause.due(rt.ops.get()))
}

/// Pause the running goroutine's turn; it resumes at the next step, before anything else.
pub fn pause() -> impl std::future::Future<Output = ()> {
    sched::pause::Pausing(false)
}

/// `runtime.NumGoroutine()`: goroutines that exist, including ones that have not run yet.
pub fn num_goroutine() -> usize {
    with_rt(|rt| rt.sched.borrow().live)
}

/// `os.Exit(code)`: end the program now; deferred calls do not run.
pub async fn exit<T>(code: i32) -> T {
    with_rt(|rt| rt.stop_with(Stop::Exit(code)));
    park::halt().await
}

/// Count `n` interpreter steps toward the step budget (`Config::max_ops`) without yielding;
/// false once the program must stop (the budget is spent, or it ended).
pub fn charge(n: u64) -> bool {
    with_rt(|rt| {
        rt.ops.set(rt.ops.get() + n.saturating_sub(1));
        rt.count_op()
    })
}

/// The simulated CPU cost of one loop iteration (`Config::cpu_ns_per_loop`; 0: none).
pub fn cpu_ns_per_loop() -> i64 {
    with_rt(|rt| rt.cfg.cpu_ns_per_loop)
}

/// `loops` loop iterations ran on the current goroutine's processor: advance the virtual
/// clock by their CPU time, shared among the processors that hold a goroutine (with N busy
/// processors N goroutines compute at once, so each iteration takes 1/N of the wall time).
pub fn burn_cpu(loops: u64) {
    with_rt(|rt| rt.burn_cpu(loops))
}

/// A runtime throw (`fatal error: msg`) in the current goroutine, after writing `pre` to
/// stderr (e.g. `runtime: goroutine stack exceeds 1000000000-byte limit`).
pub async fn fatal<T>(msg: &str, pre: &str) -> T {
    if !pre.is_empty() {
        with_rt(|rt| rt.write(Stream::Stderr, pre.to_string()));
    }
    let site = with_rt(|rt| rt.sched.borrow().g(rt.cur.get()).map(|g| g.site).unwrap_or(""));
    park::throw(msg, site).await
}

/// Register an outside event the UI can deliver while the program runs (a "cancel()" button,
/// Ctrl+C): `f` runs at the current virtual time, outside any goroutine.
pub fn on_inject(name: &str, f: impl Fn() + 'static) {
    with_rt(|rt| rt.controls.borrow_mut().push((name.to_string(), Rc::new(f))))
}

/// Deliver an outside event from inside the program (a program sending itself a signal):
/// every event registered as `name` runs now, in registration order. How many there were.
pub fn raise(name: &str) -> usize {
    let fs: Vec<Rc<dyn Fn()>> =
        with_rt(|rt| rt.controls.borrow().iter().filter(|(n, _)| n == name).map(|(_, f)| f.clone()).collect());
    fs.iter().for_each(|f| f());
    fs.len()
}

/// The race detector names memory by address: keep the object at `base` (through `owner`,
/// a weak reference, which keeps its allocation) from being freed and its address reused
/// by another object while the run lasts.
pub fn race_pin(base: usize, owner: impl FnOnce() -> std::rc::Weak<dyn std::any::Any>) {
    sched::try_with_rt(|rt| rt.race_pin(base, owner));
}

/// Goroutine `child` (just started from outside any goroutine, e.g. by a timer) learns
/// everything published into sync object `obj` (by whoever armed the timer).
pub fn race_inherit(child: Gid, obj: usize) {
    with_rt(|rt| rt.race_inherit(child, obj))
}

/// How many data races the race detector has reported so far in this run (`go test`
/// fails the test during which the count grew).
pub fn races_found() -> u64 {
    with_rt(|rt| rt.race.borrow().found as u64)
}

/// Whether a goroutine other than the running one is runnable (`synctest.Wait` yields
/// until none is: every other goroutine is blocked).
pub fn others_runnable() -> bool {
    with_rt(|rt| {
        let me = rt.cur.get();
        let s = rt.sched.borrow();
        let any = s.all().any(|g| g.id != me && !matches!(g.status, goroutine::Status::Waiting(_)));
        any
    })
}

/// Call `f` once, instead of ending the program with Go's deadlock report, the next time
/// every goroutine is blocked and no timer is pending (`None` removes the handler). `f`
/// should wake a goroutine (`testing/synctest` panics in the bubble's caller).
pub fn on_deadlock(f: Option<Rc<dyn Fn()>>) {
    with_rt(|rt| *rt.on_deadlock.borrow_mut() = f)
}

/// The virtual time now, in nanoseconds (for programs that print timestamps).
pub fn elapsed() -> i64 {
    with_rt(|rt| rt.now.get())
}

/// A seeded random integer in `0..n` drawn from the program's RNG (for `rand.Intn`).
pub fn rand_below(n: u32) -> u32 {
    with_rt(|rt| rt.random_below(n.max(1)))
}
