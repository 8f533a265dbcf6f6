//! The scheduler: runs goroutines the way Go's `runtime/proc.go` does, on a virtual clock,
//! with one simulated processor (`GOMAXPROCS=1`, the default: Go's exact order) or several
//! (parallel mode).
//!
//! Invariants with one processor, each observed with real Go (1.19, re-checked with 1.27.3):
//! - A new goroutine, and a goroutine woken by any operation, goes into `runnext`; the previous
//!   occupant of `runnext` moves to the tail of the local run queue (`runqput(pp, g, true)`).
//! - The local run queue holds 256 goroutines; on overflow half of it, plus the newcomer, moves
//!   to the global queue (`runqputslow`).
//! - Each scheduling decision first runs every due timer (`checkTimers`), then, on every 61st
//!   tick, takes one goroutine from the global queue; then `runnext`, then the local queue head,
//!   then a batch from the global queue.
//! - Running `runnext` inherits the time slice (the tick does not advance).
//! - When nothing is runnable the clock jumps to the next timer (the `testing/synctest` rule);
//!   with no timer either, every goroutine is asleep: deadlock.
//! - Go's own goroutines that matter to the order (the GOMAXPROCS updater and the finalizer
//!   goroutine, 5 and 6, started before `main.main`; the one a context's deadline timer
//!   starts) run where Go runs them, but are *system* goroutines: never in a report, an
//!   event, a snapshot, or a choice offered to a learner.
//!
//! Parallel mode (`GOMAXPROCS=N>1`): N processors each hold a goroutine, filled from the same
//! queues in Go's order (a system goroutine taken that way runs at once and holds none); the
//! seeded RNG picks which of them performs its next runtime operation, and a goroutine keeps
//! its processor until it blocks, yields or ends. This interleaves operations as threads on
//! several cores would; it does not reproduce a real multi-core schedule.

use super::event::{Event, Gid, Stream, WaitReason};
use super::goroutine::{GoFuture, Origin, PanicValue, Status, G};
use super::rng::Rng;
use super::timer::Timers;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::future::Future;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

mod driver;
mod runq;
pub(crate) use runq::Sched;
pub(crate) mod pause;
pub use driver::{Runtime, Step};

const LOCAL_RUNQ: usize = 256;

/// How a run is set up.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    /// Record the full event stream (the UI and `--trace` want it; benchmarks do not).
    pub trace: bool,
    /// Runtime operations allowed before the program is stopped as a runaway.
    pub max_ops: u64,
    /// Virtual time after which a still-running program is stopped.
    pub max_time_ns: i64,
    /// Source label → line of the rendered Go source, for reports.
    pub lines: HashMap<String, u32>,
    /// Id of the first goroutine the program starts: 7 in Go 1.27 (goroutine 5 updates
    /// GOMAXPROCS, 6 is package os's finalizer goroutine); 6 where the GOMAXPROCS updater
    /// is off (`GODEBUG=updatemaxprocs=0`, GOPATH mode's default); 5 without package os.
    pub first_gid: Gid,
    /// Simulated processors. 1 mirrors Go's scheduler exactly; more interleaves the running
    /// goroutines at every runtime operation, chosen by the seeded RNG.
    pub gomaxprocs: u32,
    /// Run the happens-before race detector (`go run -race`).
    pub race: bool,
    /// Simulated CPU time one loop iteration of an interpreted program costs on its processor
    /// (0: computation takes no virtual time, the default). An example about CPU-bound work
    /// sets it so that a busy loop keeps a processor busy for a while: the clock advances
    /// by the cost divided by the processors at work.
    pub cpu_ns_per_loop: i64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            seed: 1,
            trace: false,
            max_ops: 50_000_000,
            max_time_ns: 24 * 3600 * 1_000_000_000,
            lines: HashMap::new(),
            first_gid: 7,
            gomaxprocs: 1,
            race: false,
            cpu_ns_per_loop: 0,
        }
    }
}

/// Why the program stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// `main` returned: exit status 0.
    Returned,
    /// An unrecovered panic in goroutine `g` at `site`.
    Panic { g: Gid, value: PanicValue },
    /// A runtime `throw` (`fatal error: ...`) in goroutine `g`.
    Fatal { g: Gid, message: String },
    /// Every goroutine is blocked and no timer is pending.
    Deadlock,
    /// `os.Exit(code)`.
    Exit(i32),
    /// Stopped by the simulator: a runaway program (step budget or virtual-time limit).
    Halted(String),
}

/// One write of the program to stdout or stderr, at a virtual time.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Write {
    pub t: i64,
    pub stream: Stream,
    /// What was written, as text (bytes that are not UTF-8 show as U+FFFD).
    pub text: String,
    /// The bytes written, when they are not UTF-8 (`text` is then not exact), else `None`.
    #[serde(skip)]
    pub raw: Option<Vec<u8>>,
}

impl Write {
    /// A write of `text`.
    pub fn text(t: i64, stream: Stream, text: String) -> Write {
        Write { t, stream, text, raw: None }
    }

    /// Exactly the bytes written (what `go run` passes on).
    pub fn bytes(&self) -> &[u8] {
        self.raw.as_deref().unwrap_or(self.text.as_bytes())
    }
}

/// An outside event a program accepts: its name and what delivering it does.
pub(crate) type Control = (String, Rc<dyn Fn()>);

/// The state of one simulated program.
#[doc(hidden)]
pub struct Rt {
    pub(crate) sched: RefCell<Sched>,
    pub(crate) timers: RefCell<Timers>,
    pub(crate) now: Cell<i64>,
    pub(crate) cur: Cell<Gid>,
    pub(crate) rng: RefCell<Rng>,
    pub(crate) writes: RefCell<Vec<Write>>,
    pub(crate) events: Option<RefCell<Vec<Event>>>,
    pub(crate) ops: Cell<u64>,
    /// Operations the running goroutine performed in its current turn (parallel mode).
    slice_ops: Cell<u32>,
    /// The running goroutine is a runtime-internal one: its events are not recorded (a
    /// goroutine it readies is woken "by the runtime", 0) and it is never preempted.
    in_system: Cell<bool>,
    pub(crate) stop: RefCell<Option<Stop>>,
    pub(crate) controls: RefCell<Vec<Control>>,
    pub(crate) unknown_sites: RefCell<BTreeSet<String>>,
    pub(crate) race: RefCell<super::race::Race>,
    /// The function holding the next `go` statement, when it is not the goroutine's own
    /// function (a named function calling `go worker()`); consumed by that spawn.
    pub(crate) creator: Cell<Option<&'static str>>,
    /// The main goroutine ended with `runtime.Goexit`: the program runs on without it.
    pub(crate) main_goexit: Cell<bool>,
    /// Called once, instead of reporting a deadlock, when every goroutine is blocked and no
    /// timer is pending (`testing/synctest`'s bubble deadlock; see `runtime::on_deadlock`).
    pub(crate) on_deadlock: RefCell<Option<Rc<dyn Fn()>>>,
    /// Manual scheduling: the case the next `select` tries first (consumed by that select).
    pub(crate) select_pick: Cell<Option<usize>>,
    /// Manual scheduling: a select with several ready cases stops and asks (see `ask_select`).
    pub(crate) ask_cases: Cell<bool>,
    /// The select waiting for the learner's choice of case, if any.
    pub(crate) select_ask: RefCell<Option<super::select::SelectChoice>>,
    /// The host's pause in the middle of a turn (see [`pause`]).
    pub(crate) pause: pause::Pause,
    pub(crate) cfg: Config,
}

/// Clears [`Rt::in_system`] when a goroutine's turn ends, however it ends.
struct Visible<'a>(&'a Cell<bool>);

impl Drop for Visible<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Rt>>> = const { RefCell::new(None) };
}

/// Run `f` against the current program, if there is one (for operations that also make
/// sense outside a running program, like reading an atomic after the run).
pub(crate) fn try_with_rt<R>(f: impl FnOnce(&Rt) -> R) -> Option<R> {
    CURRENT.with(|c| c.borrow().as_ref().map(|rt| f(rt)))
}

/// Run `f` against the program currently being simulated on this thread.
///
/// Panics (a bug in a program, not a Go panic) when called outside a running program.
pub(crate) fn with_rt<R>(f: impl FnOnce(&Rt) -> R) -> R {
    CURRENT.with(|c| {
        let c = c.borrow();
        f(c.as_ref().expect("chanlab runtime operation called outside a running program"))
    })
}

/// Makes `rt` the current program for the duration of a call, restoring the previous one.
struct Enter(Option<Rc<Rt>>);

impl Enter {
    fn new(rt: &Rc<Rt>) -> Self {
        Enter(CURRENT.with(|c| c.borrow_mut().replace(rt.clone())))
    }
}

impl Drop for Enter {
    fn drop(&mut self) {
        let prev = self.0.take();
        CURRENT.with(|c| *c.borrow_mut() = prev);
    }
}

impl Rt {
    pub(crate) fn emit(&self, e: impl FnOnce() -> Event) {
        if let Some(ev) = &self.events {
            let e = match e() {
                // Learners never see runtime-internal goroutines: what one does is the
                // runtime's doing (a context's deadline timer waking a goroutine).
                Event::Ready { t, g, .. } if self.in_system.get() => Event::Ready { t, g, by: 0 },
                _ if self.in_system.get() => return,
                e => e,
            };
            ev.borrow_mut().push(e);
        }
    }

    /// The `main.go` line of source label `site` (0: none, or a place outside `main.go`).
    pub(crate) fn line(&self, site: &str) -> u32 {
        if site.is_empty() || super::outcome::elsewhere(site) {
            return 0;
        }
        match self.cfg.lines.get(site) {
            Some(&l) => l,
            None => {
                self.unknown_sites.borrow_mut().insert(site.to_string());
                0
            }
        }
    }

    /// Count one runtime operation; false once the program has stopped (or must stop now).
    /// An operation that gets false returns `Pending` and never completes.
    pub(crate) fn tick(&self) -> bool {
        if self.cfg.gomaxprocs > 1 && self.slice_ops.get() > 0 && self.cur.get() != 0 && !self.in_system.get() {
            // Parallel mode: one operation per turn; the goroutine keeps its processor and
            // the scheduler picks which running goroutine goes next.
            let g = self.cur.get();
            let mut s = self.sched.borrow_mut();
            if let Some(gr) = s.g_mut(g) {
                gr.status = Status::Runnable;
            }
            s.preempted = Some(g);
            drop(s);
            self.emit(|| Event::Yield { t: self.now.get(), g });
            return false;
        }
        self.slice_ops.set(self.slice_ops.get() + 1);
        self.count_op()
    }

    /// Count an operation that never yields (a `go` statement); false if the program stopped.
    pub(crate) fn count_op(&self) -> bool {
        let n = self.ops.get() + 1;
        self.ops.set(n);
        if n > self.cfg.max_ops {
            self.halt(format!(
                "the program was stopped after {} runtime operations without finishing: \
                 it is probably looping forever (a busy loop, or a select that never blocks)",
                self.cfg.max_ops
            ));
        }
        self.stop.borrow().is_none()
    }

    pub(crate) fn halt(&self, why: String) {
        let mut stop = self.stop.borrow_mut();
        if stop.is_none() {
            *stop = Some(Stop::Halted(why));
        }
    }

    pub(crate) fn stop_with(&self, s: Stop) {
        let mut stop = self.stop.borrow_mut();
        if stop.is_none() {
            *stop = Some(s);
        }
    }

    /// Make `g` runnable; it takes `runnext`, as a woken goroutine does in Go.
    pub(crate) fn ready(&self, g: Gid) {
        let mut s = self.sched.borrow_mut();
        match s.g_mut(g) {
            Some(gr) if matches!(gr.status, Status::Waiting(_)) => {
                gr.status = Status::Runnable;
                s.runqput(g, true);
            }
            _ => return,
        }
        drop(s);
        if !self.is_system(g) {
            self.emit(|| Event::Ready { t: self.now.get(), g, by: self.cur.get() });
        }
    }

    /// Park the current goroutine: it stays off the run queues until `ready`.
    pub(crate) fn park(&self, reason: WaitReason, on: &'static str, site: &'static str) {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        if let Some(gr) = s.g_mut(g) {
            gr.status = Status::Waiting(reason);
            if !site.is_empty() {
                gr.site = site;
            }
        }
        drop(s);
        self.emit(|| Event::Block { t: self.now.get(), g, reason: reason.go_name(), on, line: self.line(site) });
    }

    /// Manual scheduling: the current goroutine reached a select with several ready cases.
    /// It stays runnable, first in line (on its processor in parallel mode), and the select
    /// runs again once the learner has picked a case.
    pub(crate) fn ask_select(&self, cases: Vec<super::select::ReadyCase>, site: &'static str) {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        if let Some(gr) = s.g_mut(g) {
            gr.status = Status::Runnable;
            if !site.is_empty() {
                gr.site = site;
            }
        }
        if self.cfg.gomaxprocs > 1 {
            s.preempted = Some(g);
        } else {
            s.runqput(g, true);
        }
        drop(s);
        *self.select_ask.borrow_mut() = Some(super::select::SelectChoice { g, line: self.line(site), cases });
    }

    /// Put the current goroutine behind everything runnable (`runtime.Gosched`).
    pub(crate) fn yield_now(&self) {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        if let Some(gr) = s.g_mut(g) {
            gr.status = Status::Runnable;
        }
        s.global.push_back(g);
        drop(s);
        self.emit(|| Event::Yield { t: self.now.get(), g });
    }

    /// Put the current goroutine at the tail of the local run queue (Go's `goyield`).
    pub(crate) fn yield_local(&self) {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        if let Some(gr) = s.g_mut(g) {
            gr.status = Status::Runnable;
        }
        s.runqput(g, false);
        drop(s);
        self.emit(|| Event::Yield { t: self.now.get(), g });
    }

    /// Record a site for the current goroutine (where it is now, for reports).
    pub(crate) fn set_site(&self, site: &'static str) {
        if site.is_empty() {
            return;
        }
        if let Some(g) = self.sched.borrow_mut().g_mut(self.cur.get()) {
            g.site = site;
        }
    }

    /// Raise a Go panic in the current goroutine. The operation that calls this must return
    /// `Pending`; the scheduler then unwinds the goroutine through its deferred calls.
    pub(crate) fn raise(&self, value: String, site: &'static str) {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        if let Some(gr) = s.g_mut(g) {
            gr.panic = Some(Box::new(PanicValue(value.clone())));
            gr.panic_raised = true;
            if !site.is_empty() {
                gr.site = site;
            }
        }
        drop(s);
        self.emit(|| Event::Panic { t: self.now.get(), g, message: value, line: self.line(site) });
    }

    /// A runtime `throw`: the whole program stops at once with `fatal error: message`.
    pub(crate) fn fatal(&self, message: &str, site: &'static str) {
        self.set_site(site);
        self.stop_with(Stop::Fatal { g: self.cur.get(), message: message.to_string() });
    }

    pub(crate) fn spawn(&self, func: &'static str, site: &'static str, fut: GoFuture) -> Gid {
        self.spawn_g(func, site, fut, false)
    }

    /// Start a runtime-internal goroutine (the one a context's deadline timer starts to
    /// cancel it): it counts in `runtime.NumGoroutine` but appears in no report, event,
    /// snapshot or choice offered to a learner.
    pub(crate) fn spawn_hidden(&self, func: &'static str, fut: GoFuture) -> Gid {
        self.spawn_g(func, "", fut, true)
    }

    fn spawn_g(&self, func: &'static str, site: &'static str, fut: GoFuture, system: bool) -> Gid {
        let parent = if self.in_system.get() { 0 } else { self.cur.get() };
        let mut s = self.sched.borrow_mut();
        let id = s.next_gid;
        s.next_gid += 1;
        // The function holding the `go` statement: a closure's enclosing function
        // (`main.merge.func1` is created by `main.merge`), else the spawner's own function.
        let created_by = match s.closure_parent(func) {
            Some(outer) => outer,
            None => self
                .creator
                .take()
                .or_else(|| s.g(parent).map(|p| s.origins[p.origin as usize].func))
                .unwrap_or("runtime"),
        };
        self.creator.set(None);
        let origin = s.intern(Origin { func, created_by, created_at: site });
        let mut g = G::new(id, parent, origin, fut);
        g.system = system;
        if s.gs.len() <= id as usize {
            s.gs.resize_with(id as usize + 1, || None);
        }
        s.gs[id as usize] = Some(g);
        s.live += 1;
        s.runqput(id, true);
        drop(s);
        self.race_spawn(parent, id, func, created_by, site);
        if !system {
            self.emit(|| Event::Spawn { t: self.now.get(), g: id, parent, func, line: self.line(site) });
        }
        id
    }

    /// Start a runtime-internal goroutine that parks forever as soon as it runs.
    pub(crate) fn spawn_system(&self, id: Gid, func: &'static str) {
        let mut s = self.sched.borrow_mut();
        let fut: GoFuture = Box::pin(async {
            with_rt(|rt| rt.park(WaitReason::Select, "", ""));
            std::future::pending::<()>().await
        });
        let origin = s.intern(Origin { func, created_by: "runtime.main", created_at: "" });
        let mut g = G::new(id, 0, origin, fut);
        g.system = true;
        if s.gs.len() <= id as usize {
            s.gs.resize_with(id as usize + 1, || None);
        }
        s.gs[id as usize] = Some(g);
        s.runqput(id, true);
    }

    pub(crate) fn write(&self, stream: Stream, text: String) {
        self.write_raw(stream, text, None)
    }

    /// A write of `bytes`, which need not be UTF-8: the record keeps them exactly, the
    /// event and the record's text show them with U+FFFD.
    pub(crate) fn write_bytes(&self, stream: Stream, bytes: Vec<u8>) {
        match String::from_utf8(bytes) {
            Ok(text) => self.write_raw(stream, text, None),
            Err(e) => self.write_raw(stream, String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(e.into_bytes())),
        }
    }

    fn write_raw(&self, stream: Stream, text: String, raw: Option<Vec<u8>>) {
        let t = self.now.get();
        self.emit(|| Event::Output { t, g: self.cur.get(), stream, text: text.clone() });
        self.writes.borrow_mut().push(Write { t, stream, text, raw });
    }

    /// Run every timer that is due now, in deadline order.
    fn check_timers(&self) {
        loop {
            let due = self.timers.borrow_mut().pop_due(self.now.get());
            match due {
                Some((when, f)) => {
                    self.emit(|| Event::Timer { t: self.now.get() });
                    let prev = self.cur.replace(0);
                    f.fire(when);
                    self.cur.set(prev);
                }
                None => break,
            }
        }
    }

    /// Whether `g` is a runtime-internal goroutine (hidden from learners).
    pub(crate) fn is_system(&self, g: Gid) -> bool {
        self.sched.borrow().g(g).is_some_and(|g| g.system)
    }

    /// Run runtime-internal goroutine `g` now, out of the learner's sight, until it parks or
    /// ends (it is never preempted), then return to whoever was current.
    fn run_system(&self, g: Gid) {
        let prev = self.cur.get();
        self.run_g(g, false);
        self.cur.set(prev);
    }

    /// Run goroutine `id` until it blocks, yields, or ends.
    /// Run goroutine `id`'s turn, or (`resume`) the rest of a turn it paused in.
    fn run_g(&self, id: Gid, resume: bool) {
        let (mut fut, system) = {
            let mut s = self.sched.borrow_mut();
            let g = s.g_mut(id).expect("picked goroutine exists");
            g.status = Status::Running;
            g.started = true;
            (g.fut.take().expect("runnable goroutine has a future"), g.system)
        };
        self.in_system.set(system);
        let _visible = Visible(&self.in_system);
        self.cur.set(id);
        if !resume {
            self.slice_ops.set(0);
            let p = self.sched.borrow().procs.iter().position(|&x| x == Some(id)).unwrap_or(0) as u32;
            self.emit(|| Event::Run { t: self.now.get(), g: id, p });
        }
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            let poll = fut.as_mut().poll(&mut cx);
            if self.stop.borrow().is_some() {
                return;
            }
            let mut s = self.sched.borrow_mut();
            let g = s.g_mut(id).expect("running goroutine exists");
            let next = match poll {
                Poll::Pending if !g.panic_raised => {
                    if self.pause.asked.take() {
                        self.pause.paused.set(Some(id));
                    }
                    g.fut = Some(fut);
                    return;
                }
                Poll::Pending => {
                    // A panic: abandon the current call and unwind through the defers.
                    g.panic_raised = false;
                    g.unwinding = true;
                    g.pop_defer()
                }
                Poll::Ready(()) => {
                    g.unwinding = true;
                    g.pop_defer()
                }
            };
            match next {
                Some(d) => {
                    drop(s);
                    fut = d;
                }
                None => {
                    let panic = g.panic.take();
                    drop(s);
                    drop(fut);
                    match panic {
                        Some(value) => self.stop_with(Stop::Panic { g: id, value: *value }),
                        None => self.exit_g(id),
                    }
                    return;
                }
            }
        }
    }

    fn exit_g(&self, id: Gid) {
        let mut s = self.sched.borrow_mut();
        let g = s.gs[id as usize].take();
        s.live -= 1;
        drop(s);
        drop(g);
        self.emit(|| Event::Exit { t: self.now.get(), g: id });
        if id == 1 && !self.main_goexit.get() {
            self.stop_with(Stop::Returned);
        }
    }

    /// A panic just raised in the current goroutine, taken back (see `catch_raise`).
    pub(crate) fn take_raised(&self) -> Option<String> {
        let mut s = self.sched.borrow_mut();
        let gr = s.g_mut(self.cur.get())?;
        if !std::mem::replace(&mut gr.panic_raised, false) {
            return None;
        }
        gr.panic.take().map(|p| p.0)
    }

    /// The current goroutine's panic, if it is running deferred calls (what `recover` sees).
    pub(crate) fn recover(&self) -> Option<PanicValue> {
        let g = self.cur.get();
        let mut s = self.sched.borrow_mut();
        let gr = s.g_mut(g)?;
        if !gr.unwinding {
            return None;
        }
        let v = gr.panic.take().map(|b| *b);
        drop(s);
        if v.is_some() {
            self.emit(|| Event::Recover { t: self.now.get(), g });
        }
        v
    }

    pub(crate) fn push_defer(&self, fut: GoFuture) {
        if let Some(g) = self.sched.borrow_mut().g_mut(self.cur.get()) {
            g.defers.get_or_insert_with(Default::default).push(fut);
        }
    }

    /// `GOMAXPROCS=1`: Go's own choice of the next goroutine.
    fn pick_one(&self) -> Option<Gid> {
        let mut s = self.sched.borrow_mut();
        let (g, inherit) = s.pick()?;
        if !inherit {
            s.schedtick = s.schedtick.wrapping_add(1);
        }
        Some(g)
    }

    /// Parallel mode: idle processors take goroutines from the run queues (Go's order), then
    /// the RNG picks which running goroutine performs its next operation.
    fn pick_parallel(&self) -> Option<Gid> {
        let busy = self.fill_procs();
        if busy.is_empty() {
            return None;
        }
        Some(busy[self.random_below(busy.len() as u32) as usize])
    }

    /// Parallel mode: idle processors take goroutines from the run queues in Go's order; a
    /// runtime-internal goroutine taken that way runs at once instead of holding a processor
    /// (a learner must see every runnable goroutine of theirs). Returns the goroutines on
    /// processors, in processor order.
    pub(crate) fn fill_procs(&self) -> Vec<Gid> {
        loop {
            let mut s = self.sched.borrow_mut();
            let Some(i) = s.procs.iter().position(Option::is_none) else { break };
            let Some((g, _)) = s.pick() else { break };
            if s.g(g).is_some_and(|g| g.system) {
                drop(s);
                self.run_system(g);
                continue;
            }
            s.procs[i] = Some(g);
        }
        self.sched.borrow().procs.iter().flatten().copied().collect()
    }

    /// One processor: run the runtime-internal goroutines that are runnable now, so that
    /// a learner choosing the next goroutine is only offered their own (Go's order among
    /// those is kept; the runtime's goroutines merely park or finish sooner).
    pub(crate) fn run_system_runnable(&self) {
        loop {
            let g = {
                let mut s = self.sched.borrow_mut();
                let Some(g) = s.runnable().into_iter().find(|&g| s.g(g).is_some_and(|g| g.system)) else {
                    return;
                };
                s.take(g);
                s.schedtick = s.schedtick.wrapping_add(1);
                g
            };
            self.run_system(g);
        }
    }

    /// After a turn in parallel mode: a goroutine that blocked, yielded to a queue or ended
    /// gives up its processor; one preempted at an operation keeps it.
    fn after_parallel_turn(&self, g: Gid) {
        let mut s = self.sched.borrow_mut();
        if s.preempted.take() == Some(g) {
            return;
        }
        for p in s.procs.iter_mut() {
            if *p == Some(g) {
                *p = None;
            }
        }
    }

    /// `loops` loop iterations of simulated CPU work by the running goroutine: the clock
    /// advances by their cost over the number of processors holding a goroutine.
    pub(crate) fn burn_cpu(&self, loops: u64) {
        let busy = self.sched.borrow().procs.iter().flatten().count().max(1) as i64;
        let ns = (loops as i64).saturating_mul(self.cfg.cpu_ns_per_loop) / busy;
        self.now.set(self.now.get().saturating_add(ns));
    }

    pub(crate) fn random_below(&self, n: u32) -> u32 {
        self.rng.borrow_mut().below(n)
    }
}
