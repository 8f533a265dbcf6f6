//! The end of a run: exit status, output, and the reports Go prints (panic, fatal error,
//! deadlock with its goroutine dump), plus the simulator's own leak report.

use super::event::{Event, Gid, Stream};
use super::goroutine::{Status, G};
use super::sched::{Rt, Stop, Write};
use serde::Serialize;

/// A goroutine as a report or the UI shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoroutineInfo {
    pub id: Gid,
    /// The Go function it runs, e.g. `main.worker`.
    pub func: &'static str,
    /// Go's wait reason (`chan send`, `semacquire`, ...), or `runnable` / `running`.
    pub state: String,
    /// The Go source line it is at (0: unknown).
    pub line: u32,
    pub created_by: &'static str,
    pub created_line: u32,
    /// The goroutine whose `go` statement started it (0: the runtime itself, as for the
    /// goroutine a `time.AfterFunc` timer starts); Go prints `created by F in goroutine N`.
    pub created_in: Gid,
    /// False for a goroutine that was created but never ran.
    pub started: bool,
}

/// Everything a finished (or stopped) run produced.
#[derive(Clone, Debug, Serialize)]
pub struct Outcome {
    /// The process exit status Go would give: 0, 2 for panics and fatal errors, the
    /// `os.Exit` code; 124 when the simulator stopped a runaway program.
    pub status: i32,
    pub stdout: String,
    /// What the program wrote to stderr, then Go's report.
    pub stderr: String,
    /// Go's failure report alone (`panic: ...` / `fatal error: ...` with the dump), or empty.
    pub report: String,
    /// Every write in order, with its virtual time (the report is the last stderr write).
    pub writes: Vec<Write>,
    pub events: Vec<Event>,
    /// Goroutines still alive when `main` returned (what goleak would flag).
    pub leaks: Vec<GoroutineInfo>,
    /// Why the simulator stopped the program, if it did.
    pub halted: Option<String>,
    /// Virtual time at the end, in nanoseconds.
    pub end_time: i64,
    /// Runtime operations performed.
    pub ops: u64,
    /// Go source lines named by the report (to highlight).
    pub report_lines: Vec<u32>,
    /// Source labels a program used that the rendered Go source does not define.
    pub unknown_sites: Vec<String>,
    /// For a deadlock, and for goroutines left behind when `main` returned: one
    /// plain-language line per stuck goroutine (what it waits on, why nothing can wake it).
    /// Not part of Go's output.
    pub explanations: Vec<super::explain::Explanation>,
}

impl Outcome {
    /// A program that never ran: Go's compiler rejected it (`stderr` holds its messages, as
    /// `go run` prints them), exit status 1.
    pub fn not_built(stderr: String) -> Outcome {
        Outcome {
            status: 1,
            stdout: String::new(),
            writes: vec![Write { t: 0, stream: Stream::Stderr, text: stderr.clone() }],
            stderr,
            report: String::new(),
            events: Vec::new(),
            leaks: Vec::new(),
            halted: None,
            end_time: 0,
            ops: 0,
            report_lines: Vec::new(),
            unknown_sites: Vec::new(),
            explanations: Vec::new(),
        }
    }

    /// Print the run as `go run` would: every write to its own stream in the order the
    /// program made it (a race report found mid-run comes before later stdout lines, as in
    /// a terminal showing both), flushing at each change of stream, then Go's report.
    pub fn write_to(&self, out: &mut impl std::io::Write, err: &mut impl std::io::Write) -> std::io::Result<()> {
        let mut last = None;
        for w in &self.writes {
            if last.is_some_and(|s| s != w.stream) {
                out.flush()?;
                err.flush()?;
            }
            match w.stream {
                Stream::Stdout => out.write_all(w.text.as_bytes())?,
                Stream::Stderr => err.write_all(w.text.as_bytes())?,
            }
            last = Some(w.stream);
        }
        out.flush()?;
        err.flush()
    }

    /// What a terminal shows for `go run main.go 2>&1`: both streams interleaved in write
    /// order (Go's report, the last stderr write, at the end).
    pub fn terminal(&self) -> String {
        self.writes.iter().map(|w| w.text.as_str()).collect()
    }

    /// The simulator's leak report (empty when nothing leaked), one goroutine per line: a
    /// parked goroutine is "blocked in [reason]", a runnable one was "still runnable" (cut
    /// off mid-work, not blocked), one that never started "never ran". Runtime-internal
    /// goroutines are never listed.
    pub fn leak_report(&self) -> String {
        if self.leaks.is_empty() {
            return String::new();
        }
        let n = self.leaks.len();
        let mut s = format!(
            "leak: {n} goroutine{} still running when main returned:\n",
            if n == 1 { " was" } else { "s were" }
        );
        for g in &self.leaks {
            let what = match (g.started, g.state.as_str()) {
                (false, _) => "never ran".to_string(),
                (true, "runnable" | "running") => "still runnable".to_string(),
                (true, reason) => format!("blocked in [{reason}]"),
            };
            let at = if g.started && g.line > 0 { format!(" at main.go:{}", g.line) } else { String::new() };
            let created = match g.created_line {
                0 => format!("created by {}", g.created_by),
                l => format!("created at main.go:{l}"),
            };
            s.push_str(&format!("  goroutine {} ({}) {what}{at}, {created}\n", g.id, g.func));
        }
        s
    }
}

fn info(rt: &Rt, origin: super::goroutine::Origin, g: &G) -> GoroutineInfo {
    let state = match g.status {
        Status::Runnable => "runnable".to_string(),
        Status::Running => "running".to_string(),
        Status::Waiting(r) => r.go_name().to_string(),
    };
    GoroutineInfo {
        id: g.id,
        func: origin.func,
        state,
        line: rt.line(g.site),
        created_by: origin.created_by,
        created_line: rt.line(origin.created_at),
        created_in: g.parent,
        started: g.started,
    }
}

pub(crate) fn goroutines(rt: &Rt) -> Vec<GoroutineInfo> {
    let s = rt.sched.borrow();
    s.all().map(|g| info(rt, s.origin(g), g)).collect()
}

/// One goroutine's entry in a Go traceback: its header, its function at its current line,
/// and (but for main) `created by F in goroutine N` at the `go` statement's line.
fn dump(g: &GoroutineInfo, state: &str, lines: &mut Vec<u32>) -> String {
    let args = if g.func == "main.main" || g.func.contains(".func") { "()" } else { "(...)" };
    let mut s = format!("goroutine {} [{}]:\n{}{}\n\tmain.go:{}\n", g.id, state, g.func, args, g.line);
    lines.push(g.line);
    if g.id != 1 {
        let creator = match g.created_in {
            0 => g.created_by.to_string(),
            n => format!("{} in goroutine {n}", g.created_by),
        };
        s.push_str(&format!("created by {creator}\n\tmain.go:{}\n", g.created_line));
    }
    s
}

pub(crate) fn build(rt: &Rt) -> Outcome {
    let stop = rt.stop.borrow().clone();
    let all = goroutines(rt);
    let mut lines = Vec::new();
    let (status, report, halted) = match &stop {
        None | Some(Stop::Returned) => (0, String::new(), None),
        Some(Stop::Exit(c)) => (*c, String::new(), None),
        Some(Stop::Panic { g, value }) => {
            let me = all.iter().find(|i| i.id == *g).cloned();
            let mut r = format!("panic: {}\n\n", value.0);
            if let Some(me) = me {
                r.push_str(&dump(&me, "running", &mut lines));
            }
            (2, r, None)
        }
        Some(Stop::Fatal { g, message }) => {
            let mut r = format!("fatal error: {message}\n");
            let mut first = true;
            let mut ordered: Vec<&GoroutineInfo> = all.iter().filter(|i| i.id == *g).collect();
            ordered.extend(all.iter().filter(|i| i.id != *g));
            for i in ordered {
                r.push('\n');
                let state = if first && i.id == *g { "running".to_string() } else { i.state.clone() };
                r.push_str(&dump(i, &state, &mut lines));
                first = false;
            }
            (2, r, None)
        }
        Some(Stop::Deadlock) => {
            let mut r = "fatal error: all goroutines are asleep - deadlock!\n".to_string();
            for i in &all {
                r.push('\n');
                r.push_str(&dump(i, &i.state, &mut lines));
            }
            (2, r, None)
        }
        Some(Stop::Halted(why)) => (124, String::new(), Some(why.clone())),
    };
    let mut writes = rt.writes.borrow().clone();
    let end = rt.now.get();
    let mut report = report;
    let mut status = status;
    let races = rt.race.borrow().found;
    if races > 0 && halted.is_none() {
        // The race runtime's summary at exit; a clean exit becomes status 66.
        report.push_str(&format!("Found {races} data race(s)\n"));
        if status == 0 {
            status = 66;
        }
    }
    if !report.is_empty() {
        writes.push(Write { t: end, stream: Stream::Stderr, text: report.clone() });
    }
    let mut stdout = String::new();
    let mut stderr = String::new();
    for w in &writes {
        match w.stream {
            Stream::Stdout => stdout.push_str(&w.text),
            Stream::Stderr => stderr.push_str(&w.text),
        }
    }
    let leaks = if matches!(stop, Some(Stop::Returned)) { all.clone() } else { Vec::new() };
    let mut events = rt.events.as_ref().map(|e| e.borrow().clone()).unwrap_or_default();
    if rt.events.is_some() {
        let reason = match &stop {
            None => "running",
            Some(Stop::Returned) => "main returned",
            Some(Stop::Exit(_)) => "os.Exit",
            Some(Stop::Panic { .. }) => "panic",
            Some(Stop::Fatal { .. }) => "fatal error",
            Some(Stop::Deadlock) => "deadlock",
            Some(Stop::Halted(_)) => "halted",
        };
        events.push(Event::End { t: end, status, reason: reason.to_string() });
    }
    // Before the unknown labels are collected: explanations name lines too.
    let explanations = super::explain::explain(rt);
    Outcome {
        status,
        stdout,
        stderr,
        report,
        writes,
        events,
        leaks,
        halted,
        end_time: end,
        ops: rt.ops.get(),
        report_lines: lines,
        unknown_sites: rt.unknown_sites.borrow().iter().cloned().collect(),
        explanations,
    }
}
