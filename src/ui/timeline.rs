//! The goroutine timeline panel of an example card: a traced run drawn as one SVG lane per
//! goroutine (see [`super::timeline_model`]), a cursor that follows the terminal's playback
//! (or the stepper's position), details of the hovered or focused segment with its Go line
//! highlighted in the code view, and an event log as the text alternative.
//!
//! The panel is a `<details>`: the traced run is only computed once it is opened.

use super::output::{Kind, Line};
use super::stepper::{Snapshot, Stepper};
use super::timeline_model::{self as tm, Model, MAX_EVENTS};
use crate::course::{Example, RunOptions};
use crate::programs::Params;
use crate::runtime::{gofmt, Event, Step};
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::Arc;

/// Lane height and the axis band, in pixels.
const LANE_H: usize = 22;
const AXIS_H: usize = 22;
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

/// Run the example with tracing, stopping once enough events are recorded.
pub fn trace(ex: &Example, p: &Params, seed: u64) -> Option<Traced> {
    let mut rt = ex.runtime_with(p, &RunOptions { seed, trace: true, ..RunOptions::default() })?;
    let (mut steps, mut cut) = (0, false);
    loop {
        if rt.step() == Step::Done {
            break;
        }
        steps += 1;
        if steps >= MAX_STEPS || (steps % 32 == 0 && rt.events().len() > MAX_EVENTS) {
            cut = !rt.is_done();
            break;
        }
    }
    let mut events = rt.events();
    let model = tm::build(&events);
    events.truncate(MAX_EVENTS);
    Some(Traced { model, events, steps, cut })
}

fn slice_w(m: &Model) -> usize {
    (900 / tm::width(m).max(1)).clamp(8, 40)
}

fn esc(s: &str) -> String {
    super::highlight::escape(s)
}

/// The SVG of the lanes (without the cursor, which is an overlay).
pub fn svg(m: &Model) -> String {
    let w = slice_w(m);
    let width = tm::width(m) * w + 2;
    let height = AXIS_H + m.lanes.len() * LANE_H;
    let mut s = String::with_capacity(64 * m.segs.len() + 256);
    let _ = write!(
        s,
        r#"<svg class="tl-svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true">"#
    );
    // Axis: a tick where the virtual time changes (and at the start), spaced out.
    let mut last_x = None::<usize>;
    let mut last_t = None::<i64>;
    for (x, t) in m.slice_t.iter().enumerate() {
        if last_t != Some(*t) && last_x.is_none_or(|lx| (x - lx) * w >= 64) {
            let px = x * w;
            let _ = write!(
                s,
                r#"<line class="tick" x1="{px}" y1="{}" x2="{px}" y2="{height}"/><text class="tick-l" x="{}" y="14">{}</text>"#,
                AXIS_H - 6,
                px + 2,
                gofmt::duration(*t)
            );
            last_x = Some(x);
        }
        last_t = Some(*t);
    }
    for (l, _) in m.lanes.iter().enumerate() {
        let y = AXIS_H + l * LANE_H;
        let _ = write!(s, r#"<line class="lane-rule" x1="0" y1="{y}" x2="{width}" y2="{y}"/>"#);
    }
    for (i, g) in m.segs.iter().enumerate() {
        let x = g.x0 * w;
        let sw = (g.x1 - g.x0) * w;
        let y = AXIS_H + g.lane * LANE_H + 3;
        let _ = write!(
            s,
            r#"<rect class="seg {}" data-i="{i}" x="{x}" y="{y}" width="{sw}" height="{}"><title>{}</title></rect>"#,
            g.st.class(),
            LANE_H - 6,
            esc(&g.label)
        );
        if g.st == tm::St::Blocked && sw >= 60 {
            let max = (sw - 6) / 6;
            let text: String = g.label.chars().take(max).collect();
            let _ = write!(s, r#"<text class="seg-l" x="{}" y="{}">{}</text>"#, x + 3, y + LANE_H - 10, esc(&text));
        }
    }
    for k in &m.links {
        let x = k.x * w + w / 2;
        let y1 = AXIS_H + k.from * LANE_H + LANE_H / 2;
        match k.to {
            Some(to) => {
                let y2 = AXIS_H + to * LANE_H + LANE_H / 2;
                let _ = write!(
                    s,
                    r#"<line class="link" x1="{x}" y1="{y1}" x2="{}" y2="{y2}"><title>{}</title></line><circle class="link-end" cx="{}" cy="{y2}" r="3"/>"#,
                    x + w / 2,
                    esc(&k.label),
                    x + w / 2
                );
            }
            None => {
                let _ = write!(
                    s,
                    r#"<path class="close" d="M{} {} l6 6 m0 -6 l-6 6"><title>{}</title></path>"#,
                    x - 3,
                    y1 - 3,
                    esc(&k.label)
                );
            }
        }
    }
    for (l, lane) in m.lanes.iter().enumerate() {
        if let Some(x) = lane.exit {
            let px = (x + 1) * w;
            let y = AXIS_H + l * LANE_H;
            let _ = write!(
                s,
                r#"<line class="exit" x1="{px}" y1="{}" x2="{px}" y2="{}"><title>exited</title></line>"#,
                y + 3,
                y + LANE_H - 3
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// The text log: one `<li>` per drawn event (at most [`LOG_MAX`]).
fn log_html(events: &[Event]) -> String {
    let names = tm::names(events);
    let mut s = String::new();
    for e in events.iter().take(LOG_MAX) {
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
    let mut s = String::new();
    if let Some(snap) = snap {
        let mut by_line: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
        for g in &snap.gs {
            if g.line > 0 {
                by_line.entry(g.line).or_default().push(format!("#{}", g.id));
            }
        }
        for (line, ids) in by_line {
            let _ = write!(
                s,
                "#{card} .code .line[data-line=\"{line}\"]{{background:var(--tl-here);position:relative}}#{card} .code .line[data-line=\"{line}\"]::after{{content:\"\\2190  {}\";position:absolute;right:.5rem;top:0;color:var(--tl-here-fg);font-weight:600}}",
                ids.join(" ")
            );
        }
    }
    if let Some(l) = sel_line.filter(|l| *l > 0) {
        let _ = write!(
            s,
            "#{card} .code .line[data-line=\"{l}\"]{{background:var(--tl-sel);outline:1px solid var(--tl-sel-fg)}}"
        );
    }
    s
}

/// The timeline panel of a card.
#[component]
pub fn Timeline(
    ex: &'static Example,
    params: Memo<Result<Params, String>>,
    seed: RwSignal<u64>,
    lines: RwSignal<Vec<Line>>,
    running: RwSignal<bool>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let traced = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let p = params.get().ok()?;
        trace(ex, &p, seed.get()).map(Arc::new)
    });
    let sel = RwSignal::new(None::<usize>);
    let snap = RwSignal::new(None::<Snapshot>);
    Effect::new(move |_| {
        traced.track();
        sel.set(None);
    });
    let model = move || traced.get().map(|t| t.model.clone());
    let cursor = move || {
        traced.with(|t| {
            let t = t.as_ref()?;
            let m = &t.model;
            let x = match snap.with(|s| s.as_ref().map(|s| s.events)) {
                Some(0) => 0,
                Some(n) => m.slice_of_event.get(n - 1).map(|x| x + 1).unwrap_or(tm::width(m)),
                None => lines.with(|l| playback_slice(m, l, running.get())) + 1,
            };
            Some(x * slice_w(m))
        })
    };
    let info = move || {
        traced.with(|t| match (t, sel.get()) {
            (Some(t), Some(i)) => seg_text(&t.model, i),
            (Some(_), None) => "Hover over or focus a segment (arrow keys move) to see its event.".to_string(),
            _ => String::new(),
        })
    };
    let sel_line =
        move || traced.with(|t| t.as_ref().and_then(|t| sel.get().and_then(|i| t.model.segs.get(i)).map(|s| s.line)));
    let card = format!("ex-{}", ex.id);
    let css = move || snap.with(|s| code_css(&card, sel_line(), s.as_ref()));
    let hover = move |e: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        if let Some(i) = el.get_attribute("data-i").and_then(|v| v.parse().ok()) {
            sel.set(Some(i));
        }
    };
    let keys = move |e: web_sys::KeyboardEvent| {
        let next =
            traced.with_untracked(|t| t.as_ref().and_then(|t| next_seg(&t.model, sel.get_untracked(), &e.key())));
        if let Some(n) = next {
            e.prevent_default();
            sel.set(Some(n));
        }
    };
    let sel_box = move || {
        traced.with(|t| {
            let t = t.as_ref()?;
            let s = t.model.segs.get(sel.get()?)?;
            let w = slice_w(&t.model);
            Some(format!(
                "left:{}px;top:{}px;width:{}px;height:{}px",
                s.x0 * w,
                AXIS_H + s.lane * LANE_H + 1,
                (s.x1 - s.x0) * w,
                LANE_H - 2
            ))
        })
    };
    let labels = move || {
        model().map(|m| {
            m.lanes
                .iter()
                .map(|l| view! { <div class="tl-lab" class:agg=l.g == 0 title=l.name.clone()>{l.name.clone()}</div> })
                .collect_view()
        })
    };
    let note = move || {
        traced.with(|t| {
            let t = t.as_ref()?;
            let m = &t.model;
            let mut v = vec![format!(
                "{} goroutines, {} scheduling slices",
                m.lanes.len() + m.folded - usize::from(m.folded > 0),
                tm::width(m)
            )];
            if t.cut || m.total > m.drawn {
                v.push(format!("long run: only the first {} events are drawn", m.drawn));
            }
            if m.folded > 0 {
                v.push(format!("{} goroutines after the first {} share the last lane", m.folded, tm::MAX_LANES));
            }
            Some(v.join(" · "))
        })
    };
    let svg_html = move || traced.with(|t| t.as_ref().map(|t| svg(&t.model)).unwrap_or_default());
    let log = move || traced.with(|t| t.as_ref().map(|t| log_html(&t.events)).unwrap_or_default());
    let log_count = move || traced.with(|t| t.as_ref().map(|t| t.events.len().min(LOG_MAX)).unwrap_or(0));
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
            <div class="tl-legend" aria-hidden="true">
                <span class="k running"></span>"running"
                <span class="k runnable"></span>"runnable"
                <span class="k blocked"></span>"blocked"
                <span class="k link"></span>"wakes"
            </div>
            <div class="tl-scroll">
                <div class="tl-labels" style=format!("padding-top:{AXIS_H}px")>{labels}</div>
                <div class="tl-plot" tabindex="0" role="group"
                    aria-label="Goroutine lanes: arrow keys move between segments"
                    on:mouseover=hover on:keydown=keys>
                    <div inner_html=svg_html></div>
                    <div class="tl-cursor" style=move || cursor().map(|x| format!("left:{x}px")).unwrap_or_default()></div>
                    <div class="tl-sel" hidden=move || sel.get().is_none() style=move || sel_box().unwrap_or_default()></div>
                </div>
            </div>
            <p class="tl-info" aria-live="polite">{info}</p>
            <Stepper ex=ex params=params seed=seed steps=steps snap=snap />
            <details class="tl-log">
                <summary>"Event log (" {log_count} " events)"</summary>
                <ol inner_html=log></ol>
            </details>
        </details>
    }
}
