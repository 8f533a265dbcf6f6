//! The goroutine timeline's data, computed from a run's event stream (pure Rust, no DOM):
//! one lane per goroutine, segments for running / runnable / blocked, wake-up hand-offs and
//! channel closes between lanes. The horizontal axis counts scheduling slices (a goroutine
//! being switched in, or the clock jumping to a timer); each slice carries its virtual time.

use crate::runtime::{Event, Gid};
use std::collections::HashMap;

/// At most this many events are drawn (a long run keeps the page responsive).
pub const MAX_EVENTS: usize = 4000;
/// At most this many lanes; the other goroutines share one aggregate lane.
pub const MAX_LANES: usize = 100;

/// A goroutine's state in a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum St {
    Running,
    Runnable,
    Blocked,
}

impl St {
    pub fn class(self) -> &'static str {
        match self {
            St::Running => "running",
            St::Runnable => "runnable",
            St::Blocked => "blocked",
        }
    }
}

/// One stretch of a lane in one state, over slices `x0..x1`.
#[derive(Clone, Debug, PartialEq)]
pub struct Seg {
    pub lane: usize,
    pub x0: usize,
    pub x1: usize,
    pub st: St,
    /// What it waits on (`chan receive jobs`, `sync.WaitGroup.Wait`), or the state's name.
    pub label: String,
    /// The Go source line of the event that began it (0: unknown).
    pub line: u32,
    /// The event that began it, as text.
    pub event: String,
}

/// A goroutine waking another (a channel hand-off, an unlock), or a channel close.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub x: usize,
    pub from: usize,
    /// `None`: a mark on `from` only (a close with nobody waiting).
    pub to: Option<usize>,
    pub label: String,
}

/// A lane: goroutine `g` running `func` (or the aggregate lane, `g == 0`).
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub g: Gid,
    pub name: String,
    /// The slice it exited in, if it did.
    pub exit: Option<usize>,
}

/// Everything the timeline draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    pub lanes: Vec<Lane>,
    pub segs: Vec<Seg>,
    pub links: Vec<Link>,
    /// The virtual time (ns) at the start of each slice.
    pub slice_t: Vec<i64>,
    /// The slice each drawn event happened in.
    pub slice_of_event: Vec<usize>,
    /// Events drawn / events in the run (more than drawn: the rest were cut).
    pub drawn: usize,
    pub total: usize,
    /// Goroutines folded into the aggregate lane.
    pub folded: usize,
}

/// A blocked goroutine's label, as the learner would say it.
pub fn wait_label(reason: &str, on: &str) -> String {
    match (reason, on) {
        ("semacquire", "WaitGroup") => "sync.WaitGroup.Wait".to_string(),
        ("semacquire", "") => "sync.Mutex.Lock".to_string(),
        ("semacquire", m) => format!("sync.Mutex.Lock {m}"),
        (r, "") => r.to_string(),
        (r, o) => format!("{r} {o}"),
    }
}

/// One event as a line of the text log.
pub fn describe(e: &Event, names: &HashMap<Gid, String>) -> String {
    let n = |g: &Gid| names.get(g).cloned().unwrap_or_else(|| format!("#{g}"));
    let at = |line: &u32| if *line > 0 { format!(" (main.go:{line})") } else { String::new() };
    let ms = |t: &i64| crate::runtime::gofmt::duration(*t);
    match e {
        Event::Spawn { t, g, parent, line, .. } if *parent > 0 => {
            format!("{}: {} starts {}{}", ms(t), n(parent), n(g), at(line))
        }
        Event::Spawn { t, g, .. } => format!("{}: {} starts", ms(t), n(g)),
        Event::Run { t, g, .. } => format!("{}: {} runs", ms(t), n(g)),
        Event::Block { t, g, reason, on, line } => {
            format!("{}: {} blocks: {}{}", ms(t), n(g), wait_label(reason, on), at(line))
        }
        Event::Ready { t, g, by } if *by > 0 => format!("{}: {} wakes {}", ms(t), n(by), n(g)),
        Event::Ready { t, g, .. } => format!("{}: {} wakes (timer)", ms(t), n(g)),
        Event::Yield { t, g } => format!("{}: {} yields", ms(t), n(g)),
        Event::Exit { t, g } => format!("{}: {} exits", ms(t), n(g)),
        Event::Chan { t, g, op, chan, line } => format!("{}: {} {op} {chan}{}", ms(t), n(g), at(line)),
        Event::Output { t, g, text, .. } => format!("{}: {} prints {:?}", ms(t), n(g), text.trim_end()),
        Event::Timer { t } => format!("{}: a timer fires", ms(t)),
        Event::Panic { t, g, message, line } => format!("{}: {} panics: {message}{}", ms(t), n(g), at(line)),
        Event::Recover { t, g } => format!("{}: {} recovers", ms(t), n(g)),
        Event::Inject { t, name } => format!("{}: outside event: {name}", ms(t)),
        Event::End { t, status, reason } => format!("{}: program ends ({reason}, exit status {status})", ms(t)),
    }
}

/// Goroutine names (`main.worker #7`) from the spawn events.
pub fn names(events: &[Event]) -> HashMap<Gid, String> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Spawn { g, func, .. } => Some((*g, format!("{func} #{g}"))),
            _ => None,
        })
        .collect()
}

struct Open {
    st: St,
    x0: usize,
    label: String,
    line: u32,
    event: String,
}

/// Build the timeline from the first [`MAX_EVENTS`] of `events`.
pub fn build(events: &[Event]) -> Model {
    let drawn = events.len().min(MAX_EVENTS);
    let evs = &events[..drawn];
    let names = names(evs);
    let mut m = Model { drawn, total: events.len(), ..Model::default() };
    let mut lane_of: HashMap<Gid, usize> = HashMap::new();
    let mut open: Vec<Option<Open>> = Vec::new();
    let mut x = 0usize;
    let mut started = false;
    let mut running: Option<Gid> = None;
    let mut last_op: HashMap<Gid, String> = HashMap::new();
    let agg = |m: &mut Model, open: &mut Vec<Option<Open>>| -> usize {
        if m.lanes.last().map(|l| l.g) != Some(0) {
            m.lanes.push(Lane { g: 0, name: String::new(), exit: None });
            open.push(None);
        }
        m.lanes.len() - 1
    };
    // Change lane `l`'s state from slice `at` (closing the open segment there).
    fn set(m: &mut Model, open: &mut [Option<Open>], l: usize, at: usize, new: Option<Open>) {
        if let Some(o) = open[l].take() {
            if let Some(n) = &new {
                if n.st == o.st && n.label == o.label {
                    open[l] = Some(o);
                    return;
                }
            }
            if at > o.x0 {
                m.segs.push(Seg { lane: l, x0: o.x0, x1: at, st: o.st, label: o.label, line: o.line, event: o.event });
            }
        }
        open[l] = new;
    }
    for e in evs {
        let d = || describe(e, &names);
        match e {
            Event::Run { t, g, .. } => {
                if started {
                    x += 1;
                }
                started = true;
                m.slice_t.push(*t);
                if let Some(p) = running.take() {
                    if let Some(&l) = lane_of.get(&p) {
                        if open[l].as_ref().map(|o| o.st) == Some(St::Running) && m.lanes[l].g != 0 {
                            let o = Open { st: St::Runnable, x0: x, label: "runnable".into(), line: 0, event: d() };
                            set(&mut m, &mut open, l, x, Some(o));
                        }
                    }
                }
                running = Some(*g);
                if let Some(&l) = lane_of.get(g).filter(|&&l| m.lanes[l].g != 0) {
                    let line = open[l].as_ref().map(|o| o.line).unwrap_or(0);
                    set(
                        &mut m,
                        &mut open,
                        l,
                        x,
                        Some(Open { st: St::Running, x0: x, label: "running".into(), line, event: d() }),
                    );
                }
            }
            Event::Timer { t } if m.slice_t.last().is_some_and(|t0| t0 != t) => {
                x += 1;
                m.slice_t.push(*t);
                if let Some(p) = running.take() {
                    if let Some(&l) = lane_of.get(&p) {
                        set(&mut m, &mut open, l, x, None);
                    }
                }
            }
            Event::Spawn { t, g, line, .. } => {
                if m.slice_t.is_empty() {
                    m.slice_t.push(*t);
                }
                let named = lane_of.len() < MAX_LANES;
                let l = if named {
                    m.lanes.push(Lane { g: *g, name: names[g].clone(), exit: None });
                    open.push(None);
                    m.lanes.len() - 1
                } else {
                    m.folded += 1;
                    agg(&mut m, &mut open)
                };
                lane_of.insert(*g, l);
                if named {
                    let from = if started { x + 1 } else { x };
                    set(
                        &mut m,
                        &mut open,
                        l,
                        from,
                        Some(Open { st: St::Runnable, x0: from, label: "runnable".into(), line: *line, event: d() }),
                    );
                }
            }
            Event::Block { g, reason, on, line, .. } => {
                if let Some(&l) = lane_of.get(g).filter(|&&l| m.lanes[l].g != 0) {
                    let label = wait_label(reason, on);
                    set(
                        &mut m,
                        &mut open,
                        l,
                        x + 1,
                        Some(Open { st: St::Blocked, x0: x + 1, label, line: *line, event: d() }),
                    );
                }
                if running == Some(*g) {
                    running = None;
                }
            }
            Event::Ready { g, by, .. } => {
                if let Some(&l) = lane_of.get(g) {
                    if m.lanes[l].g != 0 {
                        let o = Open { st: St::Runnable, x0: x + 1, label: "runnable".into(), line: 0, event: d() };
                        set(&mut m, &mut open, l, x + 1, Some(o));
                    }
                    if let Some(&f) = lane_of.get(by) {
                        let label = last_op.get(by).cloned().unwrap_or_else(|| "wake".into());
                        m.links.push(Link { x, from: f, to: Some(l), label });
                    }
                }
            }
            Event::Yield { g, .. } => {
                if running == Some(*g) {
                    running = None;
                }
                if let Some(&l) = lane_of.get(g).filter(|&&l| m.lanes[l].g != 0) {
                    let o = Open { st: St::Runnable, x0: x + 1, label: "runnable".into(), line: 0, event: d() };
                    set(&mut m, &mut open, l, x + 1, Some(o));
                }
            }
            Event::Exit { g, .. } => {
                if running == Some(*g) {
                    running = None;
                }
                if let Some(&l) = lane_of.get(g).filter(|&&l| m.lanes[l].g != 0) {
                    set(&mut m, &mut open, l, x + 1, None);
                    m.lanes[l].exit = Some(x);
                }
            }
            Event::Chan { g, op, chan, line, .. } => {
                last_op.insert(*g, format!("{op} {chan}"));
                if let Some(o) = lane_of.get(g).and_then(|&l| open[l].as_mut()) {
                    if *line > 0 {
                        o.line = *line;
                    }
                }
                if *op == "close" {
                    if let Some(&l) = lane_of.get(g) {
                        m.links.push(Link { x, from: l, to: None, label: format!("close {chan}") });
                    }
                }
            }
            _ => {}
        }
        m.slice_of_event.push(x);
    }
    if m.slice_t.is_empty() {
        m.slice_t.push(0);
    }
    let end = x + 1;
    for l in 0..open.len() {
        set(&mut m, &mut open, l, end, None);
    }
    m.segs.sort_by_key(|s| (s.lane, s.x0));
    // The aggregate lane: a running mark wherever a folded goroutine ran.
    if m.folded > 0 {
        let a = m.lanes.len() - 1;
        m.lanes[a].name = format!("{} more", m.folded);
        for (i, e) in evs.iter().enumerate() {
            if let Event::Run { g, .. } = e {
                if lane_of.get(g) == Some(&a) {
                    let xi = m.slice_of_event[i];
                    m.segs.push(Seg {
                        lane: a,
                        x0: xi,
                        x1: xi + 1,
                        st: St::Running,
                        label: format!("{} running", names[g]),
                        line: 0,
                        event: describe(e, &names),
                    });
                }
            }
        }
    }
    m
}

/// The number of slices drawn.
pub fn width(m: &Model) -> usize {
    m.slice_t.len()
}
