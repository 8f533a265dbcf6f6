//! The goroutine timeline's data, computed from a run's event stream (pure Rust, no DOM):
//! one lane per goroutine, segments for running / runnable / blocked, wake-up hand-offs and
//! channel closes between lanes. Time runs left to right in scheduling slices (a goroutine
//! being switched in, or the clock jumping to a timer); each slice carries its virtual time.
//!
//! The x axis in pixels ([`layout`]) is piecewise: every slice gets the same minimum width
//! (so work at one instant stays visible), and each clock jump adds a gap that grows with
//! the time that passed, on a log scale relative to the run's shortest jump (the shortest
//! gets [`GAP_MIN`] px, each decade more adds [`GAP_DECADE`] px up to [`GAP_MAX`]); if the
//! gaps would take more than [`GAP_BUDGET`] px they are all scaled down together. A 1s
//! sleep next to 1ms steps therefore stays a bounded gap. The gaps are where every goroutine
//! was blocked or asleep (the clock only jumps then), drawn as compressed breaks.
//!
//! With more than one processor (GOMAXPROCS > 1), running segments carry their processor
//! and [`Model::pblocks`] gives one row per processor: which goroutine held it when.

use crate::runtime::{Event, Gid};
use std::collections::HashMap;

/// At most this many events are drawn (a long run keeps the page responsive).
pub const MAX_EVENTS: usize = 4000;
/// At most this many lanes; the other goroutines share one aggregate lane.
pub const MAX_LANES: usize = 100;

/// Slice width bounds and the drawing width they aim for, in px.
pub const SLICE_MIN: f64 = 8.0;
pub const SLICE_MAX: f64 = 40.0;
const TARGET_W: f64 = 900.0;
/// Clock-jump gap widths, in px (see the module doc).
pub const GAP_MIN: f64 = 28.0;
pub const GAP_DECADE: f64 = 40.0;
pub const GAP_MAX: f64 = 140.0;
/// The most px all gaps together take before being scaled down (never below [`GAP_FLOOR`]).
pub const GAP_BUDGET: f64 = 1200.0;
pub const GAP_FLOOR: f64 = 6.0;
/// Approximate width of one character of a tick label (10px monospace), in px.
const CHAR_W: f64 = 6.2;

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
    /// The processor a running segment ran on.
    pub p: u32,
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

/// A processor row's block: goroutine `g` held processor `p` over slices `x0..x1`.
#[derive(Clone, Debug, PartialEq)]
pub struct PBlock {
    pub p: u32,
    pub g: Gid,
    pub x0: usize,
    pub x1: usize,
}

/// A clock jump of `dt` ns before slice `slice`, drawn from `x0` to `x1` px.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub slice: usize,
    pub dt: i64,
    pub x0: f64,
    pub x1: f64,
}

/// An axis label: the virtual time `t` at `x` px (`label` in Go's duration format).
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub t: i64,
    pub label: String,
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
    /// Processors the run used (the highest `p` seen, plus one).
    pub procs: u32,
    /// The processor rows' blocks (empty unless `procs > 1`).
    pub pblocks: Vec<PBlock>,
    /// The width of one slice, in px.
    pub slice_w: f64,
    /// The left edge of each slice in px, plus the right end (`slice_t.len() + 1` values).
    pub xs: Vec<f64>,
    /// The clock jumps between slices.
    pub gaps: Vec<Gap>,
    /// Axis labels at the start and at the clock jumps, without overlaps.
    pub ticks: Vec<Tick>,
}

impl Model {
    /// The left edge of slice `i` (or the right end, for `i == width`), in px.
    pub fn x_of(&self, i: usize) -> f64 {
        self.xs.get(i).or(self.xs.last()).copied().unwrap_or(0.0)
    }

    /// The right edge of slice `i` (before any gap that follows it), in px.
    pub fn end_of(&self, i: usize) -> f64 {
        if i + 1 >= self.xs.len() {
            return self.x_of(i);
        }
        self.x_of(i) + self.slice_w
    }

    /// The total drawing width, in px.
    pub fn total_w(&self) -> f64 {
        self.xs.last().copied().unwrap_or(0.0)
    }

    /// The span of segment `s` in px: running ends with its last slice (the following gap is
    /// idle time); other states cover the gaps they lie in, before and after.
    pub fn seg_px(&self, s: &Seg) -> (f64, f64) {
        let x0 = if s.st == St::Running || s.x0 == 0 { self.x_of(s.x0) } else { self.end_of(s.x0 - 1) };
        let x1 = if s.st == St::Running { self.end_of(s.x1.saturating_sub(1).max(s.x0)) } else { self.x_of(s.x1) };
        (x0, x1.max(x0))
    }

    /// The span of processor block `b` in px.
    pub fn pblock_px(&self, b: &PBlock) -> (f64, f64) {
        (self.x_of(b.x0), self.end_of(b.x1.saturating_sub(1).max(b.x0)))
    }

    /// The cursor's position after slice `i` has run, in px.
    pub fn cursor_after(&self, i: usize) -> f64 {
        self.end_of(i)
    }

    /// The cursor's position when playback has reached virtual time `t`: after the last
    /// slice at or before `t`, or part of the way through the gap of a clock jump that `t`
    /// lies inside (so the cursor keeps moving while every goroutine sleeps).
    pub fn cursor_at_time(&self, t: i64) -> f64 {
        for g in &self.gaps {
            let t1 = self.slice_t.get(g.slice).copied().unwrap_or(0);
            let t0 = t1 - g.dt;
            if t > t0 && t < t1 {
                return g.x0 + (g.x1 - g.x0) * (t - t0) as f64 / g.dt as f64;
            }
        }
        let i = self.slice_t.iter().rposition(|s| *s <= t).unwrap_or(0);
        self.cursor_after(i)
    }
}

/// The width of the gap for a clock jump of `dt` ns, when the run's shortest jump is `dmin`
/// (before the budget scaling of [`layout`]).
pub fn gap_w(dt: i64, dmin: i64) -> f64 {
    let decades = (dt.max(1) as f64 / dmin.max(1) as f64).log10().max(0.0);
    (GAP_MIN + GAP_DECADE * decades).min(GAP_MAX)
}

/// Lay out slices with virtual times `slice_t` on the x axis: `(slice_w, xs, gaps, ticks)`.
pub fn layout(slice_t: &[i64]) -> (f64, Vec<f64>, Vec<Gap>, Vec<Tick>) {
    let n = slice_t.len();
    let sw = (TARGET_W / n.max(1) as f64).clamp(SLICE_MIN, SLICE_MAX);
    let jumps: Vec<(usize, i64)> =
        (1..n).filter_map(|i| Some((i, slice_t[i] - slice_t[i - 1])).filter(|j| j.1 > 0)).collect();
    let dmin = jumps.iter().map(|j| j.1).min().unwrap_or(1);
    let mut widths: Vec<f64> = jumps.iter().map(|j| gap_w(j.1, dmin)).collect();
    let sum: f64 = widths.iter().sum();
    if sum > GAP_BUDGET {
        let f = GAP_BUDGET / sum;
        for w in &mut widths {
            *w = (*w * f).max(GAP_FLOOR);
        }
    }
    let mut xs = Vec::with_capacity(n + 1);
    let mut gaps = Vec::with_capacity(jumps.len());
    let mut x = 0.0;
    let mut k = 0;
    for i in 0..n {
        if k < jumps.len() && jumps[k].0 == i {
            gaps.push(Gap { slice: i, dt: jumps[k].1, x0: x, x1: x + widths[k] });
            x += widths[k];
            k += 1;
        }
        xs.push(x);
        x += sw;
    }
    xs.push(x);
    // Ticks: the start, then each jump's end, skipping labels that would overlap.
    let mut ticks: Vec<Tick> = Vec::new();
    let mut free_from = f64::NEG_INFINITY;
    let starts = std::iter::once(0).chain(jumps.iter().map(|j| j.0)).filter(|&i| i < n);
    for i in starts {
        let label = crate::runtime::gofmt::duration(slice_t[i]);
        let tx = xs[i];
        if tx >= free_from {
            free_from = tx + CHAR_W * label.chars().count() as f64 + 8.0;
            ticks.push(Tick { x: tx, t: slice_t[i], label });
        }
    }
    (sw, xs, gaps, ticks)
}

/// A blocked goroutine's label, as the learner would say it.
pub fn wait_label(reason: &str, on: &str) -> String {
    match (reason, on) {
        // Go 1.27's reasons name the type (`sync.WaitGroup.Wait`): don't repeat it.
        (r, o) if o.is_empty() || r.contains(&format!(".{o}.")) => r.to_string(),
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

/// A lane's segment that has begun and not yet ended.
struct Open {
    st: St,
    x0: usize,
    label: String,
    line: u32,
    event: String,
    p: u32,
}

impl Open {
    /// Waiting for a processor from slice `x0`, since `event`.
    fn runnable(x0: usize, line: u32, event: String) -> Self {
        Open { st: St::Runnable, x0, label: "runnable".into(), line, event, p: 0 }
    }
}

/// Build the timeline from the first [`MAX_EVENTS`] of `events`.
pub fn build(events: &[Event]) -> Model {
    let drawn = events.len().min(MAX_EVENTS);
    let evs = &events[..drawn];
    let mut b = Builder::new(evs, events.len());
    for e in evs {
        b.event(e);
        b.m.slice_of_event.push(b.x);
    }
    b.finish(evs)
}

/// The state of [`build`] as it walks the events: the model so far, each goroutine's lane,
/// each lane's open segment, and the current slice.
struct Builder {
    m: Model,
    names: HashMap<Gid, String>,
    lane_of: HashMap<Gid, usize>,
    open: Vec<Option<Open>>,
    /// The current slice.
    x: usize,
    /// A goroutine has been switched in (the next switch starts a new slice).
    started: bool,
    running: Option<Gid>,
    /// Each goroutine's last channel operation (`send jobs`), to label the wake-ups it causes.
    last_op: HashMap<Gid, String>,
    procs: Procs,
}

impl Builder {
    fn new(evs: &[Event], total: usize) -> Self {
        Builder {
            m: Model { drawn: evs.len(), total, ..Model::default() },
            names: names(evs),
            lane_of: HashMap::new(),
            open: Vec::new(),
            x: 0,
            started: false,
            running: None,
            last_op: HashMap::new(),
            procs: Procs::default(),
        }
    }

    /// Apply one event.
    fn event(&mut self, e: &Event) {
        match e {
            Event::Run { t, g, p } => self.run(e, *t, *g, *p),
            Event::Timer { t } if self.m.slice_t.last().is_some_and(|t0| t0 != t) => self.clock_jump(*t),
            Event::Spawn { t, g, line, .. } => self.spawn(e, *t, *g, *line),
            Event::Block { g, reason, on, line, .. } => self.block(e, *g, wait_label(reason, on), *line),
            Event::Ready { g, by, .. } => self.ready(e, *g, *by),
            Event::Yield { g, .. } => self.yield_now(e, *g),
            Event::Exit { g, .. } => self.exit(*g),
            Event::Chan { g, op, chan, line, .. } => self.chan_op(*g, op, chan, *line),
            _ => {}
        }
    }

    /// Goroutine `g`'s own lane (`None` if it has none or shares the aggregate lane).
    fn own_lane(&self, g: &Gid) -> Option<usize> {
        self.lane_of.get(g).copied().filter(|&l| self.m.lanes[l].g != 0)
    }

    /// The aggregate lane, added the first time a goroutine is folded into it.
    fn aggregate_lane(&mut self) -> usize {
        if self.m.lanes.last().map(|l| l.g) != Some(0) {
            self.m.lanes.push(Lane { g: 0, name: String::new(), exit: None });
            self.open.push(None);
        }
        self.m.lanes.len() - 1
    }

    /// Change lane `l`'s state from slice `at`, closing its open segment there (unless the
    /// new state is the same, which continues it).
    fn set(&mut self, l: usize, at: usize, new: Option<Open>) {
        if let Some(o) = self.open[l].take() {
            if let Some(n) = &new {
                if n.st == o.st && n.label == o.label {
                    self.open[l] = Some(o);
                    return;
                }
            }
            if at > o.x0 {
                let Open { st, x0, label, line, event, p } = o;
                self.m.segs.push(Seg { lane: l, x0, x1: at, st, label, line, event, p });
            }
        }
        self.open[l] = new;
    }

    /// `g` is switched in on processor `p`: a new slice; the goroutine it replaces goes back
    /// to runnable.
    fn run(&mut self, e: &Event, t: i64, g: Gid, p: u32) {
        if self.started {
            self.x += 1;
        }
        self.started = true;
        let x = self.x;
        self.m.slice_t.push(t);
        self.procs.run(&mut self.m, g, p, x);
        if let Some(prev) = self.running.take() {
            if let Some(l) = self.own_lane(&prev) {
                if self.open[l].as_ref().map(|o| o.st) == Some(St::Running) {
                    let o = Open::runnable(x, 0, describe(e, &self.names));
                    self.set(l, x, Some(o));
                }
            }
        }
        self.running = Some(g);
        if let Some(l) = self.own_lane(&g) {
            let line = self.open[l].as_ref().map(|o| o.line).unwrap_or(0);
            let label = format!("running on P{p}");
            let o = Open { st: St::Running, x0: x, label, line, event: describe(e, &self.names), p };
            self.set(l, x, Some(o));
        }
    }

    /// The clock jumped to a timer at `t`: a new slice; whoever was running has stopped.
    fn clock_jump(&mut self, t: i64) {
        self.x += 1;
        self.m.slice_t.push(t);
        if let Some(prev) = self.running.take() {
            if let Some(&l) = self.lane_of.get(&prev) {
                self.set(l, self.x, None);
            }
        }
    }

    /// `g` starts: its own lane, runnable from the next slice, or folded into the aggregate
    /// lane past [`MAX_LANES`].
    fn spawn(&mut self, e: &Event, t: i64, g: Gid, line: u32) {
        if self.m.slice_t.is_empty() {
            self.m.slice_t.push(t);
        }
        if self.lane_of.len() >= MAX_LANES {
            self.m.folded += 1;
            let l = self.aggregate_lane();
            self.lane_of.insert(g, l);
            return;
        }
        self.m.lanes.push(Lane { g, name: self.names[&g].clone(), exit: None });
        self.open.push(None);
        let l = self.m.lanes.len() - 1;
        self.lane_of.insert(g, l);
        let from = if self.started { self.x + 1 } else { self.x };
        self.set(l, from, Some(Open::runnable(from, line, describe(e, &self.names))));
    }

    /// `g` blocks (waiting on `label`) and gives up its processor.
    fn block(&mut self, e: &Event, g: Gid, label: String, line: u32) {
        let at = self.x + 1;
        self.procs.release(&mut self.m, g, at);
        if let Some(l) = self.own_lane(&g) {
            let o = Open { st: St::Blocked, x0: at, label, line, event: describe(e, &self.names), p: 0 };
            self.set(l, at, Some(o));
        }
        if self.running == Some(g) {
            self.running = None;
        }
    }

    /// `by` wakes `g`: `g` is runnable from the next slice, and a link shows the hand-off.
    fn ready(&mut self, e: &Event, g: Gid, by: Gid) {
        let Some(&l) = self.lane_of.get(&g) else {
            return;
        };
        if self.m.lanes[l].g != 0 {
            let at = self.x + 1;
            self.set(l, at, Some(Open::runnable(at, 0, describe(e, &self.names))));
        }
        if let Some(&from) = self.lane_of.get(&by) {
            let label = self.last_op.get(&by).cloned().unwrap_or_else(|| "wake".into());
            self.m.links.push(Link { x: self.x, from, to: Some(l), label });
        }
    }

    /// `g` yields (`runtime.Gosched`): runnable from the next slice.
    fn yield_now(&mut self, e: &Event, g: Gid) {
        if self.running == Some(g) {
            self.running = None;
        }
        if let Some(l) = self.own_lane(&g) {
            let at = self.x + 1;
            self.set(l, at, Some(Open::runnable(at, 0, describe(e, &self.names))));
        }
    }

    /// `g` exits: its lane ends after this slice.
    fn exit(&mut self, g: Gid) {
        if self.running == Some(g) {
            self.running = None;
        }
        let at = self.x + 1;
        self.procs.release(&mut self.m, g, at);
        if let Some(l) = self.own_lane(&g) {
            self.set(l, at, None);
            self.m.lanes[l].exit = Some(self.x);
        }
    }

    /// `g` completed channel operation `op` on `chan` at `line`: remembered for the wake-up
    /// links it causes; the open segment takes its line; a close is marked on the lane.
    fn chan_op(&mut self, g: Gid, op: &str, chan: &str, line: u32) {
        self.last_op.insert(g, format!("{op} {chan}"));
        if let Some(o) = self.lane_of.get(&g).and_then(|&l| self.open[l].as_mut()) {
            if line > 0 {
                o.line = line;
            }
        }
        if op == "close" {
            if let Some(&l) = self.lane_of.get(&g) {
                self.m.links.push(Link { x: self.x, from: l, to: None, label: format!("close {chan}") });
            }
        }
    }

    /// Close every open segment and processor block, fill the aggregate lane, lay out x.
    fn finish(mut self, evs: &[Event]) -> Model {
        if self.m.slice_t.is_empty() {
            self.m.slice_t.push(0);
        }
        let end = self.x + 1;
        for l in 0..self.open.len() {
            self.set(l, end, None);
        }
        self.m.segs.sort_by_key(|s| (s.lane, s.x0));
        self.procs.finish(&mut self.m, end);
        self.fill_aggregate_lane(evs);
        let mut m = self.m;
        (m.slice_w, m.xs, m.gaps, m.ticks) = layout(&m.slice_t);
        m
    }

    /// The aggregate lane: a running mark wherever a folded goroutine ran.
    fn fill_aggregate_lane(&mut self, evs: &[Event]) {
        if self.m.folded == 0 {
            return;
        }
        let m = &mut self.m;
        let a = m.lanes.len() - 1;
        m.lanes[a].name = format!("{} more", m.folded);
        for (i, e) in evs.iter().enumerate() {
            let Event::Run { g, p, .. } = e else {
                continue;
            };
            if self.lane_of.get(g) != Some(&a) {
                continue;
            }
            let on = if m.procs > 1 { format!(" on P{p}") } else { String::new() };
            let xi = m.slice_of_event[i];
            m.segs.push(Seg {
                lane: a,
                x0: xi,
                x1: xi + 1,
                st: St::Running,
                label: format!("{} running{on}", self.names[g]),
                line: 0,
                event: describe(e, &self.names),
                p: *p,
            });
        }
    }
}

/// Which goroutine holds each processor (parallel mode): a goroutine keeps its processor
/// between its turns until it blocks or exits, or the processor runs another goroutine.
#[derive(Default)]
struct Procs {
    held: Vec<Option<(Gid, usize)>>,
    max_p: u32,
}

impl Procs {
    fn close(&mut self, m: &mut Model, p: usize, at: usize) {
        if let Some((g, x0)) = self.held[p].take() {
            if at > x0 {
                m.pblocks.push(PBlock { p: p as u32, g, x0, x1: at });
            }
        }
    }

    fn run(&mut self, m: &mut Model, g: Gid, p: u32, x: usize) {
        self.max_p = self.max_p.max(p);
        let pi = p as usize;
        if self.held.len() <= pi {
            self.held.resize(pi + 1, None);
        }
        for q in 0..self.held.len() {
            let h = self.held[q].map(|h| h.0);
            if (q == pi && h.is_some_and(|h| h != g)) || (q != pi && h == Some(g)) {
                self.close(m, q, x);
            }
        }
        if self.held[pi].is_none() {
            self.held[pi] = Some((g, x));
        }
    }

    fn release(&mut self, m: &mut Model, g: Gid, at: usize) {
        for q in 0..self.held.len() {
            if self.held[q].map(|h| h.0) == Some(g) {
                self.close(m, q, at);
            }
        }
    }

    /// Close every block at `end`; with one processor, drop the rows and the `on P0` labels.
    fn finish(&mut self, m: &mut Model, end: usize) {
        for q in 0..self.held.len() {
            self.close(m, q, end);
        }
        m.procs = self.max_p + 1;
        if m.procs > 1 {
            m.pblocks.sort_by_key(|b| (b.p, b.x0));
        } else {
            m.pblocks.clear();
            for s in m.segs.iter_mut().filter(|s| s.st == St::Running) {
                s.label = "running".into();
            }
        }
    }
}

/// The number of slices drawn.
pub fn width(m: &Model) -> usize {
    m.slice_t.len()
}
