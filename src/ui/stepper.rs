//! Stepping through a run one scheduling decision at a time: Step, Step back (the run is
//! deterministic, so going back re-runs from scratch to the previous step count), a scrubber
//! over every step, and a list of the goroutines with their state at the current step. The
//! timeline draws its cursor there and the code view marks where each goroutine is.
//!
//! Keys (on the stepper): `.` or `→` step, `,` or `←` step back, `Escape` leaves stepping.

use super::editor_run::Subject;
use super::output::{self, Line};
use super::runopts::{style_races, RunOpts};
use crate::course::Params;
use crate::course::{Example, RunOptions};
use crate::runtime::{gofmt, GoroutineInfo};
use leptos::prelude::*;

/// The program after `k` scheduling steps.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub k: usize,
    /// Events recorded so far (the timeline's cursor goes after the last).
    pub events: usize,
    /// The live user goroutines (not the runtime's own).
    pub gs: Vec<GoroutineInfo>,
    /// Goroutines started and already exited.
    pub exited: usize,
    pub now: i64,
    pub done: bool,
    /// The user goroutine Go would run next (`None` also when only the runtime's own work is).
    pub next: Option<u32>,
    /// The terminal at this step: what the program had printed (after the command line), and
    /// Go's report, the leak report and the exit status once it has ended.
    pub lines: Vec<Line>,
    /// Source lines the report names (only once the run has ended at this step).
    pub reported: Vec<u32>,
}

/// A goroutine the learner wrote (or Go's `main`), not one of the runtime's own (such as the
/// finalizer goroutine `runtime.runfinq`, which has no Go function of the program).
pub fn is_user(g: &GoroutineInfo) -> bool {
    !g.func.is_empty() && !g.func.starts_with("runtime.")
}

/// Re-run the example from scratch for `k` scheduling steps with the card's run options
/// (`-race`, GOMAXPROCS), traced.
pub fn snapshot(ex: &Example, p: &Params, opts: &RunOptions, k: usize) -> Option<Snapshot> {
    Some(snapshot_rt(ex.runtime_with(p, &RunOptions { trace: true, ..opts.clone() }).ok()?, k))
}

/// The snapshot after `k` steps of a traced runtime that has not started yet.
pub fn snapshot_rt(mut rt: crate::runtime::Runtime, k: usize) -> Snapshot {
    let mut k_done = 0;
    while k_done < k && rt.step() != crate::runtime::Step::Done {
        k_done += 1;
    }
    let events = rt.events();
    let spawned = events.iter().filter(|e| matches!(e, crate::runtime::Event::Spawn { .. })).count();
    let gs: Vec<GoroutineInfo> = rt.goroutines().into_iter().filter(is_user).collect();
    let done = rt.is_done();
    let n_events = events.len();
    let now = rt.now();
    let (lines, reported) = if done {
        let o = rt.outcome();
        (style_races(output::transcript(&o)), output::named_lines(&o))
    } else {
        (style_races(output::writes(&rt.writes())), Vec::new())
    };
    // `runnable` fires due timers: ask last, on this throwaway runtime.
    let next = if done { None } else { rt.runnable().into_iter().find(|g| gs.iter().any(|i| i.id == *g)) };
    let exited = spawned.saturating_sub(gs.len());
    Snapshot { k: k_done, events: n_events, exited, gs, now, done, next, lines, reported }
}

/// The stepping keys: `.` step, `,` step back, `Escape` whole run (true: the key was one).
pub fn step_key(pos: RwSignal<Option<usize>>, max: usize, key: &str) -> bool {
    match key {
        "." => {
            let k = pos.get_untracked().unwrap_or(0) + 1;
            if k <= max {
                pos.set(Some(k));
            }
        }
        "," => {
            if let Some(k) = pos.get_untracked() {
                pos.set(Some(k.saturating_sub(1)));
            }
        }
        "Escape" => pos.set(None),
        _ => return false,
    }
    true
}

/// The stepping controls and goroutine list. `steps`: the traced run's length in steps (and
/// whether it was cut short); `snap`: the current snapshot (`None`: not stepping).
#[component]
pub fn Stepper(
    /// What the card runs.
    params: Memo<Result<Subject, String>>,
    seed: RwSignal<u64>,
    steps: Signal<(usize, bool)>,
    snap: RwSignal<Option<Snapshot>>,
    /// The step shown (`None`: the whole run); the timeline's plot moves it too.
    pos: RwSignal<Option<usize>>,
    opts: RunOpts,
) -> impl IntoView {
    leave_on_change(params, seed, opts, pos);
    snapshot_at_pos(params, seed, opts, pos, snap);
    let max = Signal::derive(move || steps.get().0);
    let keys = move |e: web_sys::KeyboardEvent| on_key(&e, pos, max.get());
    let status = move || snap.with(|s| status_text(s.as_ref(), max.get(), steps.get().1));
    view! {
        <div class="stepper" role="group" aria-label="Step through the run" on:keydown=keys>
            <StepBar pos=pos max=max />
            <p class="step-status" aria-live="polite">{status}</p>
            <GoroutineTable snap=snap />
        </div>
    }
}

/// One job: new parameters, seed or run options leave stepping.
fn leave_on_change(
    params: Memo<Result<Subject, String>>,
    seed: RwSignal<u64>,
    opts: RunOpts,
    pos: RwSignal<Option<usize>>,
) {
    Effect::new(move |_| {
        params.track();
        seed.track();
        opts.track();
        pos.set(None);
    });
}

/// One job: keep `snap` the program at step `pos` (re-run from scratch, traced).
fn snapshot_at_pos(
    params: Memo<Result<Subject, String>>,
    seed: RwSignal<u64>,
    opts: RunOpts,
    pos: RwSignal<Option<usize>>,
    snap: RwSignal<Option<Snapshot>>,
) {
    Effect::new(move |_| {
        let s = match (pos.get(), params.get()) {
            (Some(k), Ok(sub)) => {
                let o = RunOptions { trace: true, ..opts.options(seed.get_untracked()) };
                sub.runtime(&o).ok().map(|rt| snapshot_rt(rt, k))
            }
            _ => None,
        };
        snap.set(s);
    });
}

/// A key pressed on the stepper (not in its scrubber): the arrows as `.` and `,`.
fn on_key(e: &web_sys::KeyboardEvent, pos: RwSignal<Option<usize>>, max: usize) {
    let tag =
        e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).map(|el| el.tag_name());
    if tag.as_deref() == Some("INPUT") {
        return;
    }
    let key = match e.key().as_str() {
        "ArrowRight" => ".".to_string(),
        "ArrowLeft" => ",".to_string(),
        k => k.to_string(),
    };
    if step_key(pos, max, &key) {
        e.prevent_default();
    }
}

/// The status line: the step of `max` (`+`: the run was cut short), the virtual time, and
/// what happens next.
fn status_text(s: Option<&Snapshot>, max: usize, cut: bool) -> String {
    let Some(s) = s else {
        return "Showing the whole run. Step to follow it one scheduling decision at a time.".to_string();
    };
    let mut t = format!("step {} of {}{} · t = {}", s.k, max, if cut { "+" } else { "" }, gofmt::duration(s.now));
    if s.done {
        t.push_str(" · the program has ended");
    } else if let Some(n) = s.next {
        t.push_str(&format!(" · next, Go runs #{n}"));
    }
    t
}

/// Back, Step, the scrubber over every step, and Whole run.
#[component]
fn StepBar(pos: RwSignal<Option<usize>>, max: Signal<usize>) -> impl IntoView {
    let forward = move || _ = step_key(pos, max.get(), ".");
    let back = move || _ = step_key(pos, max.get(), ",");
    view! {
        <div class="step-bar">
            <button on:click=move |_| back() disabled=move || pos.get().is_none_or(|k| k == 0)
                aria-label="Step back one scheduling decision" title="Step back (,)">"◀ Back"</button>
            <button class="primary" on:click=move |_| forward()
                disabled=move || { pos.get().unwrap_or(0) >= max.get() }
                aria-label="Step forward one scheduling decision" title="Step (.)">"Step ▶"</button>
            <input type="range" class="scrub" min="0" max=move || max.get().to_string()
                aria-label="Scrub through the scheduling steps"
                prop:value=move || pos.get().unwrap_or_else(|| max.get()).to_string()
                on:input=move |e| pos.set(event_target_value(&e).parse().ok()) />
            <button on:click=move |_| pos.set(None) disabled=move || pos.get().is_none()
                aria-label="Leave stepping and show the whole run">"Whole run"</button>
        </div>
    }
}

/// The goroutines at the current step (hidden when not stepping), and how many have exited.
#[component]
fn GoroutineTable(snap: RwSignal<Option<Snapshot>>) -> impl IntoView {
    let rows = move || {
        snap.with(|s| {
            s.as_ref().map(|s| {
                s.gs.iter()
                    .map(|g| {
                        let line = if g.line > 0 { format!("main.go:{}", g.line) } else { String::new() };
                        view! {
                            <tr class=format!("gst-{}", g.state.replace(' ', "-"))>
                                <td>{format!("#{}", g.id)}</td><td>{g.func}</td><td>{g.state.clone()}</td><td>{line}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let exited = move || snap.with(|s| s.as_ref().filter(|s| s.exited > 0).map(|s| format!("{} exited", s.exited)));
    view! {
        <table class="glist" hidden=move || snap.with(|s| s.is_none())>
            <caption class="sr">"Goroutines at this step"</caption>
            <thead><tr><th scope="col">"id"</th><th scope="col">"function"</th><th scope="col">"state"</th><th scope="col">"at"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="glist-exited">{exited}</p>
    }
}
