//! The goroutine timeline panel of an example card: a traced run drawn as one SVG lane per
//! goroutine (see [`super::timeline_model`]), a cursor that follows the terminal's playback
//! (or the stepper's position), details of the hovered or focused segment with its Go line
//! highlighted in the code view, and an event log as the text alternative.
//!
//! The panel is a `<details>`: the traced run is only computed once it is opened. The lanes'
//! SVG is drawn by the `draw` submodule.

mod draw;

use super::editor_run::Subject;
use super::output::{Kind, Line};
use super::runopts::RunOpts;
use super::stepper::{Snapshot, Stepper};
use super::timeline_model::{self as tm, Model, MAX_EVENTS};
use crate::course::Params;
use crate::course::{Example, RunOptions};
use crate::runtime::{gofmt, Event, Step};
use draw::{lane_y, svg, AXIS_H, LANE_H};
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::Arc;

/// Longest traced run, in scheduling steps.
pub const MAX_STEPS: usize = 20_000;
/// Events listed in the text log.
const LOG_MAX: usize = 1000;

/// A traced run: its timeline, its events (cut at [`MAX_EVENTS`]), and how many scheduling
/// steps it took (`cut`: stopped early, the run is longer).
#[derive(Debug, PartialEq)]
pub struct Traced {
    pub model: Model,
    pub events: Vec<Event>,
    pub steps: usize,
    pub cut: bool,
}

/// Run the example with tracing and the card's run options (`-race`, GOMAXPROCS), stopping
/// once enough events are recorded.
pub fn trace(ex: &Example, p: &Params, opts: &RunOptions) -> Option<Traced> {
    Some(trace_rt(ex.runtime_with(p, &RunOptions { trace: true, ..opts.clone() }).ok()?))
}

/// [`trace`] for a traced runtime that has not started yet (any program).
pub fn trace_rt(mut rt: crate::runtime::Runtime) -> Traced {
    let (mut steps, mut cut) = (0, false);
    loop {
        if rt.step() == Step::Done {
            break;
        }
        steps += 1;
        if steps >= MAX_STEPS || rt.event_count() > MAX_EVENTS {
            cut = !rt.is_done();
            break;
        }
    }
    let mut events = rt.events();
    let model = tm::build(&events);
    events.truncate(MAX_EVENTS);
    Traced { model, events, steps, cut }
}

fn esc(s: &str) -> String {
    super::highlight::escape(s)
}

/// The text alternative of the processor rows: which goroutines each processor ran.
fn procs_text(m: &Model) -> Option<String> {
    if m.procs <= 1 {
        return None;
    }
    let rows: Vec<String> = (0..m.procs)
        .map(|p| {
            let mut gs: Vec<u32> = m.pblocks.iter().filter(|b| b.p == p).map(|b| b.g).collect();
            gs.sort_unstable();
            gs.dedup();
            let ids: Vec<String> = gs.iter().map(|g| format!("#{g}")).collect();
            format!("P{p} ran {}", if ids.is_empty() { "nothing".to_string() } else { ids.join(", ") })
        })
        .collect();
    Some(format!("{} processors: {}", m.procs, rows.join("; ")))
}

/// The goroutine an event is about (`None`: the whole program, a timer, the outside world).
fn event_g(e: &Event) -> Option<crate::runtime::Gid> {
    match e {
        Event::Spawn { g, .. }
        | Event::Run { g, .. }
        | Event::Block { g, .. }
        | Event::Ready { g, .. }
        | Event::Yield { g, .. }
        | Event::Exit { g, .. }
        | Event::Chan { g, .. }
        | Event::Output { g, .. }
        | Event::Panic { g, .. }
        | Event::Recover { g, .. } => Some(*g),
        Event::Timer { .. } | Event::Inject { .. } | Event::End { .. } => None,
    }
}

/// Whether an event concerns only the runtime's own goroutines (such as Go's finalizer
/// goroutine, which the program never starts: it has no `Spawn` event and no name).
pub fn runtime_only(e: &Event, names: &std::collections::HashMap<crate::runtime::Gid, String>) -> bool {
    let named = |g: &crate::runtime::Gid| names.contains_key(g);
    match e {
        Event::Ready { g, by, .. } => !named(g) && (*by == 0 || !named(by)),
        _ => event_g(e).is_some_and(|g| !named(&g)),
    }
}

/// The text log: one `<li>` per drawn event (at most [`LOG_MAX`]), without the runtime's own
/// goroutines.
fn log_html(events: &[Event]) -> String {
    let names = tm::names(events);
    let mut s = String::new();
    for e in events.iter().filter(|e| !runtime_only(e, &names)).take(LOG_MAX) {
        let _ = write!(s, "<li>{}</li>", esc(&tm::describe(e, &names)));
    }
    s
}

/// The slice the playback has reached: the last one at or before the last line's time.
fn playback_slice(m: &Model, lines: &[Line], running: bool) -> usize {
    let end = tm::width(m).saturating_sub(1);
    if !running {
        return end;
    }
    let t = lines.iter().rev().find(|l| l.kind != Kind::Cmd).map(|l| l.t).unwrap_or(0);
    m.slice_t.iter().rposition(|s| *s <= t).unwrap_or(0)
}

/// The details line of segment `i`.
fn seg_text(m: &Model, i: usize) -> String {
    let Some(g) = m.segs.get(i) else { return String::new() };
    let lane = &m.lanes[g.lane].name;
    let t = m.slice_t.get(g.x0).copied().unwrap_or(0);
    let at = if g.line > 0 { format!(" · main.go:{}", g.line) } else { String::new() };
    format!("{lane}: {} from {}{at} — {}", g.label, gofmt::duration(t), g.event)
}

/// The next segment for a key press (arrows move along and between lanes).
fn next_seg(m: &Model, cur: Option<usize>, key: &str) -> Option<usize> {
    let n = m.segs.len();
    if n == 0 {
        return None;
    }
    let Some(c) = cur else { return Some(0) };
    match key {
        "ArrowRight" => Some((c + 1).min(n - 1)),
        "ArrowLeft" => Some(c.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(n - 1),
        "ArrowDown" | "ArrowUp" => {
            let s = &m.segs[c];
            let lane = if key == "ArrowDown" { s.lane + 1 } else { s.lane.checked_sub(1)? };
            let x = s.x0;
            m.segs
                .iter()
                .position(|o| o.lane == lane && o.x0 <= x && x < o.x1)
                .or_else(|| m.segs.iter().position(|o| o.lane == lane))
                .or(Some(c))
        }
        _ => None,
    }
}

/// The code view's highlights, as a style sheet scoped to the card: the selected segment's
/// line, and (while stepping) each goroutine's current line, tagged with its ids.
fn code_css(card: &str, sel_line: Option<u32>, snap: Option<&Snapshot>) -> String {
    let mut s = snap.map(|snap| here_css(card, snap.gs.iter().map(|g| (g.line, g.id)))).unwrap_or_default();
    if let Some(l) = sel_line.filter(|l| *l > 0) {
        let _ = write!(
            s,
            "#{card} .code .line[data-line=\"{l}\"]{{background:var(--tl-sel);outline:1px solid var(--tl-sel-fg)}}"
        );
    }
    s
}

/// CSS marking, in card `card`'s code view, the line each goroutine is at (`← #1 #6`), after
/// the code on that line (never drawn over it).
pub fn here_css(card: &str, at: impl Iterator<Item = (u32, crate::runtime::Gid)>) -> String {
    let mut by_line: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    for (line, g) in at.filter(|(l, _)| *l > 0) {
        by_line.entry(line).or_default().push(format!("#{g}"));
    }
    let mut s = String::new();
    for (line, ids) in by_line {
        let _ = write!(
            s,
            "#{card} .code .line[data-line=\"{line}\"]{{background:var(--tl-here)}}#{card} .code .line[data-line=\"{line}\"]::after{{content:\"\\2190  {}\";margin-left:2ch;white-space:nowrap;color:var(--tl-here-fg);font-weight:600}}",
            ids.join(" ")
        );
    }
    s
}

/// The timeline panel of a card.
#[component]
pub fn Timeline(
    /// The card's element id (`ex-<example>`), for the code view's marks.
    card: String,
    /// What the card runs.
    params: Memo<Result<Subject, String>>,
    seed: RwSignal<u64>,
    lines: RwSignal<Vec<Line>>,
    running: RwSignal<bool>,
    /// The virtual time playback has reached.
    clock: RwSignal<i64>,
    opts: RunOpts,
    /// The stepper's snapshot (`None`: the whole run), shared with the card's terminal.
    snap: RwSignal<Option<Snapshot>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let traced = traced_run(open, params, opts, seed);
    let sel = RwSignal::new(None::<usize>);
    let pos = RwSignal::new(None::<usize>);
    // A new run: the selected segment no longer exists.
    Effect::new(move |_| {
        traced.track();
        sel.set(None);
    });
    let cursor = move || traced.with(|t| Some(cursor_x(&t.as_ref()?.model, snap, running, lines, clock)));
    let info = move || traced.with(|t| info_text(t.as_deref(), sel.get()));
    let sel_line =
        move || traced.with(|t| t.as_ref().and_then(|t| sel.get().and_then(|i| t.model.segs.get(i)).map(|s| s.line)));
    let css = move || snap.with(|s| code_css(&card, sel_line(), s.as_ref()));
    let hover = move |e: leptos::ev::MouseEvent| {
        if let Some(i) = hovered_seg(&e) {
            sel.set(Some(i));
        }
    };
    let keys = move |e: web_sys::KeyboardEvent| on_key(&e, traced, sel, pos);
    let sel_box = move || traced.with(|t| sel_box_style(&t.as_ref()?.model, sel.get()?));
    let labels = move || traced.get().map(|t| lane_labels(&t.model));
    let note = move || traced.with(|t| t.as_deref().map(note_text));
    let svg_html =
        move || traced.with(|t| t.as_ref().map(|t| svg(&t.model, &tm::names(&t.events))).unwrap_or_default());
    let log = move || traced.with(|t| t.as_ref().map(|t| log_html(&t.events)).unwrap_or_default());
    let log_count = move || traced.with(|t| t.as_ref().map(|t| log_len(&t.events)).unwrap_or(0));
    let steps = Signal::derive(move || traced.with(|t| t.as_ref().map(|t| (t.steps, t.cut)).unwrap_or((0, false))));

    view! {
        <details class="timeline" prop:open=move || open.get()
            on:toggle=move |e| {
                use wasm_bindgen::JsCast;
                if let Some(d) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                    open.set(d.open());
                }
            }>
            <summary>"Goroutine timeline and stepping"</summary>
            <style>{css}</style>
            <p class="tl-note">{note}</p>
            {legend()}
            <div class="tl-scroll">
                <div class="tl-labels" style=format!("padding-top:{AXIS_H}px")>{labels}</div>
                <div class="tl-plot" tabindex="0" role="group"
                    aria-label="Goroutine lanes: arrow keys move between segments, . and , step"
                    on:mouseover=hover on:keydown=keys>
                    <div inner_html=svg_html></div>
                    <div class="tl-cursor" style=move || cursor().map(|x| format!("left:{x}px")).unwrap_or_default()></div>
                    <div class="tl-sel" hidden=move || sel.get().is_none() style=move || sel_box().unwrap_or_default()></div>
                </div>
            </div>
            <p class="tl-info" aria-live="polite">{info}</p>
            <Stepper params=params seed=seed steps=steps snap=snap pos=pos opts=opts />
            <details class="tl-log">
                <summary>"Event log (" {log_count} " events)"</summary>
                <ol inner_html=log></ol>
            </details>
        </details>
    }
}

/// The traced run, computed once the panel is open (and again when what the card runs, its
/// seed or its run options change).
fn traced_run(
    open: RwSignal<bool>,
    params: Memo<Result<Subject, String>>,
    opts: RunOpts,
    seed: RwSignal<u64>,
) -> Memo<Option<Arc<Traced>>> {
    Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let sub = params.get().ok()?;
        opts.track();
        let o = RunOptions { trace: true, ..opts.options(seed.get()) };
        sub.runtime(&o).ok().map(|rt| Arc::new(trace_rt(rt)))
    })
}

/// A key on the drawing: the stepping keys step, the arrows move the selection.
fn on_key(
    e: &web_sys::KeyboardEvent,
    traced: Memo<Option<Arc<Traced>>>,
    sel: RwSignal<Option<usize>>,
    pos: RwSignal<Option<usize>>,
) {
    let max = traced.with_untracked(|t| t.as_ref().map(|t| t.steps).unwrap_or(0));
    if matches!(e.key().as_str(), "." | "," | "Escape") && super::stepper::step_key(pos, max, &e.key()) {
        e.prevent_default();
        return;
    }
    let next = traced.with_untracked(|t| t.as_ref().and_then(|t| next_seg(&t.model, sel.get_untracked(), &e.key())));
    if let Some(n) = next {
        e.prevent_default();
        sel.set(Some(n));
    }
}

/// The cursor's position in px: at the stepper's position while stepping, following the
/// playback while the run plays, else at the end.
fn cursor_x(
    m: &Model,
    snap: RwSignal<Option<Snapshot>>,
    running: RwSignal<bool>,
    lines: RwSignal<Vec<Line>>,
    clock: RwSignal<i64>,
) -> f64 {
    match snap.with(|s| s.as_ref().map(|s| s.events)) {
        Some(0) => 0.0,
        Some(n) => m.slice_of_event.get(n - 1).map(|&x| m.cursor_after(x)).unwrap_or(m.total_w()),
        None if running.get() => {
            // The later of the printed output and the playback clock (which moves
            // through sleeps, where nothing prints).
            let by_lines = m.cursor_after(lines.with(|l| playback_slice(m, l, true)));
            by_lines.max(m.cursor_at_time(clock.get()))
        }
        None => m.total_w(),
    }
}

/// The details line: the selected segment, or how to select one.
fn info_text(t: Option<&Traced>, sel: Option<usize>) -> String {
    match (t, sel) {
        (Some(t), Some(i)) => seg_text(&t.model, i),
        (Some(_), None) => "Hover over or focus a segment (arrow keys move) to see its event.".to_string(),
        _ => String::new(),
    }
}

/// The segment under the mouse (its `data-i`), if any.
fn hovered_seg(e: &leptos::ev::MouseEvent) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let el = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())?;
    el.get_attribute("data-i").and_then(|v| v.parse().ok())
}

/// The selection box's style around segment `i`.
fn sel_box_style(m: &Model, i: usize) -> Option<String> {
    let s = m.segs.get(i)?;
    let (x0, x1) = m.seg_px(s);
    Some(format!("left:{x0:.1}px;top:{}px;width:{:.1}px;height:{}px", lane_y(m, s.lane) + 1, x1 - x0, LANE_H - 2))
}

/// The labels left of the drawing: one per processor row (parallel runs), one per lane.
fn lane_labels(m: &Model) -> impl IntoView {
    let procs = (0..if m.procs > 1 { m.procs } else { 0 })
        .map(|p| view! { <div class="tl-plab" title=format!("processor P{p}")>{format!("P{p}")}</div> })
        .collect_view();
    let lanes = m
        .lanes
        .iter()
        .map(|l| view! { <div class="tl-lab" class:agg=l.g == 0 title=l.name.clone()>{l.name.clone()}</div> })
        .collect_view();
    (procs, lanes)
}

/// The line above the drawing: goroutines, slices, virtual time, processors, and what was
/// left out of a long run.
fn note_text(t: &Traced) -> String {
    let m = &t.model;
    let mut v = vec![format!(
        "{} goroutines, {} scheduling slices",
        m.lanes.len() + m.folded - usize::from(m.folded > 0),
        tm::width(m)
    )];
    if let (Some(a), Some(b)) = (m.slice_t.first(), m.slice_t.last()) {
        if b > a {
            v.push(format!("{} of virtual time (idle gaps compressed)", gofmt::duration(b - a)));
        }
    }
    v.extend(procs_text(m));
    if t.cut || m.total > m.drawn {
        v.push(format!("long run: only the first {} events are drawn", m.drawn));
    }
    if m.folded > 0 {
        v.push(format!("{} goroutines after the first {} share the last lane", m.folded, tm::MAX_LANES));
    }
    v.join(" · ")
}

/// The number of events the text log lists.
fn log_len(events: &[Event]) -> usize {
    let names = tm::names(events);
    events.iter().filter(|e| !runtime_only(e, &names)).count().min(LOG_MAX)
}

/// What the colours and marks of the drawing mean.
fn legend() -> impl IntoView {
    view! {
        <div class="tl-legend" aria-hidden="true">
            <span class="k running"></span>"running"
            <span class="k runnable"></span>"runnable"
            <span class="k blocked"></span>"blocked"
            <span class="k link"></span>"wakes"
            <span class="k close">"×"</span>"close(ch)"
            <span class="k gap"></span>"time passes, all blocked (not to scale)"
        </div>
    }
}
