//! Plain-language explanations of a stuck program: for a deadlock (and for the goroutines
//! still alive when `main` returned), one line per goroutine saying what it waits for and
//! why nothing can ever wake it. Go's own report stays byte-identical; these are extra.
//!
//! Each blocking operation records what it waits on ([`Wait`]) when it parks; the
//! explanation reads it, plus the live state of the object (a WaitGroup's counter, which
//! goroutine holds a mutex) at the end of the run.

use super::event::{Gid, WaitReason};
use super::goroutine::{Status, G};
use super::sched::{Rt, Stop};
use super::sync::{Mutex, WaitGroup};
use serde::Serialize;

/// Why one goroutine is stuck, in words, with the Go source line it is stuck at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub g: Gid,
    /// The Go function it runs (`main.worker`).
    pub func: &'static str,
    /// The line of `main.go` it is blocked at (0 if unknown).
    pub line: u32,
    /// The explanation; Go names in it are Markdown code spans (`` `jobs` ``).
    pub text: String,
}

impl Explanation {
    /// The text in pieces, each with whether it is code (it was between backticks), so a
    /// page can set names as code instead of showing the backticks.
    pub fn spans(&self) -> Vec<(&str, bool)> {
        self.text.split('`').enumerate().filter(|(_, s)| !s.is_empty()).map(|(i, s)| (s, i % 2 == 1)).collect()
    }
}

/// One case of a blocked `select`: send or receive, the channel's name, whether it is nil.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SelCase {
    pub send: bool,
    pub chan: &'static str,
    pub nil: bool,
}

/// What a parked goroutine waits on (recorded when it parks).
#[derive(Clone, Default)]
pub(crate) enum Wait {
    #[default]
    Unknown,
    Send {
        chan: &'static str,
        cap: u32,
    },
    Recv {
        chan: &'static str,
    },
    SendNil,
    RecvNil,
    Select(Box<[SelCase]>),
    SelectNoCases,
    WaitGroup(WaitGroup),
    Mutex(Mutex),
    RwMutex,
    Cond,
    Sleep,
}

impl Rt {
    /// Record what the current goroutine is about to wait on.
    pub(crate) fn note_wait(&self, w: Wait) {
        if let Some(g) = self.sched.borrow_mut().g_mut(self.cur.get()) {
            g.wait = w;
        }
    }

    /// Whether a timer is still pending (it could wake someone or send on a channel).
    fn timers_pending(&self) -> bool {
        self.timers.borrow_mut().next_when().is_some()
    }
}

/// `the channel` for an unnamed one, else its variable name in backticks.
fn chan(name: &str) -> String {
    if name == "chan" || name.is_empty() {
        "the channel".to_string()
    } else {
        format!("`{name}`")
    }
}

fn mutex_name(name: &str) -> String {
    if name == "mutex" || name.is_empty() {
        "the mutex".to_string()
    } else {
        format!("`{name}`")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What it is blocked on, and who could wake it ("nobody can ever send on `jobs`").
struct Stuck {
    what: String,
    /// The action that would wake it, for "nobody can ever ...": `None` when nothing at all
    /// can (a nil channel, an empty select), with `never` saying why.
    waker: Option<String>,
    never: Option<String>,
}

fn describe(rt: &Rt, g: &G) -> Stuck {
    let some = |what: String, waker: String| Stuck { what, waker: Some(waker), never: None };
    let never = |what: String, why: &str| Stuck { what, waker: None, never: Some(why.to_string()) };
    let reason = match g.status {
        Status::Waiting(r) => r,
        _ => unreachable!("describe is for waiting goroutines"),
    };
    match &g.wait {
        Wait::Send { chan: c, cap } => {
            let how = if *cap == 0 {
                "unbuffered, so a send waits for a receiver".to_string()
            } else {
                format!("its buffer of {cap} is full")
            };
            some(format!("blocked sending on {} ({how})", chan(c)), format!("receive from {}", chan(c)))
        }
        Wait::Recv { chan: c } => {
            some(format!("blocked receiving from {}", chan(c)), format!("send on or close {}", chan(c)))
        }
        Wait::SendNil => never("blocked sending on a nil channel".into(), "a nil channel is never ready"),
        Wait::RecvNil => never("blocked receiving from a nil channel".into(), "a nil channel is never ready"),
        Wait::SelectNoCases => never("blocked in an empty `select {}`".into(), "a select with no cases never proceeds"),
        Wait::Select(cases) => {
            // For each live case: what the goroutine waits to do, and what would let it.
            let (live, wakers): (Vec<String>, Vec<String>) = cases
                .iter()
                .filter(|c| !c.nil)
                .map(|c| {
                    let ch = chan(c.chan);
                    if c.send {
                        (format!("send on {ch}"), format!("receive from {ch}"))
                    } else {
                        (format!("receive from {ch}"), format!("send on or close {ch}"))
                    }
                })
                .unzip();
            let nils = cases.iter().filter(|c| c.nil).count();
            if live.is_empty() {
                return never(
                    "blocked in a select whose cases are all on nil channels".into(),
                    "a nil channel is never ready, so no case can ever fire",
                );
            }
            let mut what = format!("blocked in a select waiting to {}", live.join(" or "));
            if nils > 0 {
                what.push_str(&format!(" ({} on a nil channel never fire)", plural(nils, "case", "cases")));
            }
            some(what, wakers.join(" or "))
        }
        Wait::WaitGroup(wg) => some(
            format!("waiting in WaitGroup.Wait() for the counter (now {}) to reach zero", wg.counter()),
            "call Done() on it".into(),
        ),
        Wait::Mutex(m) => {
            let name = mutex_name(m.name());
            match m.holder() {
                Some(h) if h == g.id => never(
                    format!("blocked locking {name}, which it already holds itself"),
                    "sync.Mutex is not re-entrant: only this goroutine could unlock it, and it is waiting",
                ),
                Some(h) if rt.sched.borrow().g(h).is_some() => {
                    some(format!("blocked locking {name}, held by goroutine {h}"), format!("unlock {name}"))
                }
                Some(h) => some(
                    format!("blocked locking {name}, which goroutine {h} locked and ended without unlocking"),
                    format!("unlock {name}"),
                ),
                None => some(format!("blocked locking {name}"), format!("unlock {name}")),
            }
        }
        Wait::RwMutex => some("blocked on a sync.RWMutex".into(), "unlock it".into()),
        Wait::Cond => some("waiting in Cond.Wait()".into(), "call Signal() or Broadcast()".into()),
        Wait::Sleep => Stuck { what: "sleeping".into(), waker: None, never: None },
        Wait::Unknown => some(format!("blocked in [{}]", reason.go_name()), "wake it".into()),
    }
}

fn explanation(rt: &Rt, g: &G, text: String) -> Explanation {
    let s = rt.sched.borrow();
    Explanation { g: g.id, func: s.origin(g).func, line: rt.line(g.site), text }
}

/// Explanations for a run that has stopped: every goroutine of a deadlock, or every
/// goroutine left behind when `main` returned. Empty otherwise.
pub(crate) fn explain(rt: &Rt) -> Vec<Explanation> {
    let stop = rt.stop.borrow().clone();
    let s = rt.sched.borrow();
    let all: Vec<&G> = s.all().collect();
    let mut out = Vec::new();
    match stop {
        Some(Stop::Deadlock) => {
            let others = all.len().saturating_sub(1);
            for g in &all {
                if !matches!(g.status, Status::Waiting(_)) {
                    continue;
                }
                let st = describe(rt, g);
                let text = match (st.waker, st.never) {
                    (_, Some(never)) => format!("{}: {never}.", st.what),
                    (Some(w), None) if others == 0 => {
                        format!("{}: it is the only goroutine left, so nobody can ever {w}.", st.what)
                    }
                    (Some(w), None) => {
                        format!("{}: every other goroutine is blocked too, so nobody can ever {w}.", st.what)
                    }
                    (None, None) => format!("{}.", st.what),
                };
                out.push(explanation(rt, g, text));
            }
        }
        Some(Stop::Returned) => {
            // Goroutines that could still act if the program went on (a long-lived server):
            // runnable ones, sleepers, and anything a pending timer might do.
            let active =
                all.iter().filter(|g| !matches!(g.status, Status::Waiting(r) if r != WaitReason::Sleep)).count();
            let can_move = active > 0 || rt.timers_pending();
            for g in &all {
                let text = match g.status {
                    Status::Waiting(WaitReason::Sleep) => {
                        "sleeping when main returned: the program ended before it woke, so the rest of its work never happened.".to_string()
                    }
                    Status::Waiting(_) => {
                        let st = describe(rt, g);
                        match (st.waker, st.never) {
                            (_, Some(never)) => {
                                format!("{} when main returned: {never}, so it is leaked for good.", st.what)
                            }
                            (Some(w), None) if !can_move => format!(
                                "{} when main returned: no goroutine is left running that could {w}, so it waits forever (a goroutine leak).",
                                st.what
                            ),
                            (Some(w), None) => format!(
                                "{} when main returned: it leaks unless one of the other leftover goroutines or a pending timer will {w}.",
                                st.what
                            ),
                            (None, None) => format!("{} when main returned.", st.what),
                        }
                    }
                    _ if !g.started => {
                        "created but never ran: main returned before the scheduler got to it.".to_string()
                    }
                    _ => "still runnable when main returned: it was cut off mid-work.".to_string(),
                };
                out.push(explanation(rt, g, text));
            }
        }
        _ => {}
    }
    out
}
