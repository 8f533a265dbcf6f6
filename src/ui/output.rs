//! The terminal panel's lines: what `go run main.go` would show for a run, each line with the
//! virtual time it appears at, plus the simulator's own notes (leaks, runaway programs).

use crate::runtime::{Outcome, Stream, Write};

/// How a terminal line is styled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `$ go run main.go`.
    Cmd,
    Stdout,
    Stderr,
    /// A `panic: ...` report and its traceback.
    Panic,
    /// A `fatal error: ...` report (deadlock, concurrent map writes...) and its dump.
    Fatal,
    /// The simulator's leak report (goroutines still blocked when main returned): chanlab's,
    /// not Go's (Go prints nothing about them), and marked so.
    Leak,
    /// A note from the site (stopped, not run, halted runaway).
    Note,
    /// The heading that marks what follows as chanlab's own addition, not Go's output.
    Sim,
    /// `exit status N`.
    Status,
}

impl Kind {
    pub fn class(self) -> &'static str {
        match self {
            Kind::Cmd => "cmd",
            Kind::Stdout => "out",
            Kind::Stderr => "err",
            Kind::Panic => "panic",
            Kind::Fatal => "fatal",
            Kind::Leak => "leak",
            Kind::Note => "note",
            Kind::Sim => "sim",
            Kind::Status => "status",
        }
    }
}

/// One terminal line, shown at virtual time `t` (nanoseconds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub t: i64,
    pub kind: Kind,
    pub text: String,
}

impl Line {
    pub fn new(t: i64, kind: Kind, text: impl Into<String>) -> Line {
        Line { t, kind, text: text.into() }
    }
}

fn push_text(out: &mut Vec<Line>, t: i64, kind: Kind, text: &str) {
    let text = text.strip_suffix('\n').unwrap_or(text);
    for l in text.split('\n') {
        out.push(Line::new(t, kind, l));
    }
}

/// The program's own writes (stdout and stderr), excluding Go's final report.
pub fn writes(ws: &[Write]) -> Vec<Line> {
    let mut out = Vec::new();
    for w in ws {
        let kind = if w.stream == Stream::Stdout { Kind::Stdout } else { Kind::Stderr };
        push_text(&mut out, w.t, kind, &w.text);
    }
    out
}

/// The heading above chanlab's own report in the terminal (Go prints nothing of the kind).
pub const SIM_NOTE: &str = "── added by chanlab, not printed by Go ──";

/// The command line at the top of the terminal: what the learner would type.
pub fn command(race: bool) -> String {
    format!("$ go run {}main.go", if race { "-race " } else { "" })
}

/// What follows the program's writes once it has ended: Go's report, the leak report, a
/// halted program's note, and `exit status N` (which `go run` prints for a nonzero status).
pub fn ending(o: &Outcome) -> Vec<Line> {
    let mut out = Vec::new();
    let t = o.end_time;
    if !o.report.is_empty() {
        let kind = if o.report.starts_with("panic:") { Kind::Panic } else { Kind::Fatal };
        push_text(&mut out, t, kind, &o.report);
    }
    let leaks = o.leak_report();
    if !leaks.is_empty() {
        out.push(Line::new(t, Kind::Sim, SIM_NOTE));
        push_text(&mut out, t, Kind::Leak, &leaks);
    }
    if let Some(why) = &o.halted {
        out.push(Line::new(t, Kind::Note, format!("chanlab: {why}")));
    } else if o.status != 0 {
        out.push(Line::new(t, Kind::Status, format!("exit status {}", o.status)));
    }
    out
}

/// The terminal as an example's golden file records its run: the command line, the output,
/// Go's report and `exit status N` (what the pre-rendered page shows before the card runs).
pub fn golden(race: bool, stdout: &str, report: &str, status: i32) -> Vec<Line> {
    let mut out = vec![Line::new(0, Kind::Cmd, command(race))];
    if !stdout.is_empty() {
        push_text(&mut out, 0, Kind::Stdout, stdout);
    }
    if !report.is_empty() {
        let kind = if report.starts_with("panic:") { Kind::Panic } else { Kind::Fatal };
        push_text(&mut out, 0, kind, report);
    }
    if status != 0 {
        out.push(Line::new(0, Kind::Status, format!("exit status {status}")));
    }
    out
}

/// Terminal lines from a terminal's text (a pre-rendered page's): the command line, the
/// output, then Go's report from its first line on, and `exit status N`.
pub fn from_text(text: &str) -> Vec<Line> {
    let mut report = None;
    let text = text.strip_suffix('\n').unwrap_or(text);
    text.split('\n')
        .enumerate()
        .map(|(i, l)| {
            if report.is_none() && l.starts_with("panic: ") {
                report = Some(Kind::Panic);
            } else if report.is_none() && l.starts_with("fatal error: ") {
                report = Some(Kind::Fatal);
            }
            let kind = match (i, report) {
                (0, _) if l.starts_with("$ ") => Kind::Cmd,
                _ if l.starts_with("exit status ") => Kind::Status,
                (_, Some(k)) => k,
                _ => Kind::Stdout,
            };
            Line::new(0, kind, l)
        })
        .collect()
}

/// Go source lines to highlight after a run: those Go's report names, and where leaked
/// goroutines are blocked.
pub fn named_lines(o: &Outcome) -> Vec<u32> {
    let mut v = o.report_lines.clone();
    v.extend(o.leaks.iter().filter(|g| g.started).map(|g| g.line));
    v.retain(|l| *l > 0);
    v
}

/// The whole transcript of a finished run, after the command line.
pub fn transcript(o: &Outcome) -> Vec<Line> {
    // Go's report is the last stderr write: leave it to `ending`.
    let n = if o.report.is_empty() { o.writes.len() } else { o.writes.len().saturating_sub(1) };
    let mut out = writes(&o.writes[..n]);
    out.extend(ending(o));
    out
}

/// Playback speeds of the terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speed {
    Instant,
    Half,
    One,
    Two,
    Four,
}

impl Speed {
    pub const ALL: [Speed; 5] = [Speed::Instant, Speed::Half, Speed::One, Speed::Two, Speed::Four];

    pub fn label(self) -> &'static str {
        match self {
            Speed::Instant => "instant",
            Speed::Half => "0.5×",
            Speed::One => "1×",
            Speed::Two => "2×",
            Speed::Four => "4×",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Speed::Instant => "instant",
            Speed::Half => "0.5",
            Speed::One => "1",
            Speed::Two => "2",
            Speed::Four => "4",
        }
    }

    pub fn from_key(k: &str) -> Speed {
        Speed::ALL.into_iter().find(|s| s.key() == k).unwrap_or(Speed::One)
    }

    /// Real milliseconds for `ns` of virtual time (`None`: no waiting).
    pub fn real_ms(self, ns: i64) -> Option<f64> {
        let f = match self {
            Speed::Instant => return None,
            Speed::Half => 0.5,
            Speed::One => 1.0,
            Speed::Two => 2.0,
            Speed::Four => 4.0,
        };
        Some(ns.max(0) as f64 / 1e6 / f)
    }
}
