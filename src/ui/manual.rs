//! "You are the scheduler" (GOMAXPROCS=1): at each decision where two or more goroutines
//! could run, the learner picks one (Go's own choice is marked). Goroutines run with
//! `step_goroutine`; when nothing is runnable the clock advances to the next timer. The
//! picks are recorded, can be undone, and go into the share link as `sched=7.8.6`.
//! Some examples carry challenges (on `worker-pool`: make it panic, reach the deadlock),
//! checked against the real outcome of the run.

use super::output::{self, Line};
use super::route::example_href;
use super::runopts::RunOpts;
use super::set_hash_quietly;
use crate::course::{Example, RunOptions};
use crate::programs::{Params, Value};
use crate::runtime::{Gid, GoroutineInfo, Outcome, Runtime};
use leptos::prelude::*;

/// Most scheduling steps taken without the learner (a runaway program is stopped).
const AUTO_STEPS: usize = 200_000;

/// A goal for the learner, checked on the outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Challenge {
    Panic,
    Deadlock,
}

impl Challenge {
    fn text(self) -> &'static str {
        match self {
            Challenge::Panic => "Challenge: make it panic (a worker sends on the closed results channel).",
            Challenge::Deadlock => "Challenge: reach the deadlock.",
        }
    }

    fn met(self, o: &Outcome) -> bool {
        match self {
            Challenge::Panic => o.status == 2 && o.report.contains("send on closed channel"),
            Challenge::Deadlock => o.status == 2 && o.report.starts_with("fatal error: all goroutines are asleep"),
        }
    }
}

/// The challenges that teach something for these settings.
pub fn challenges(ex: &Example, p: &Params) -> Vec<Challenge> {
    let flag = |n: &str| matches!(p.0.get(n), Some(Value::Bool(true)));
    let mut v = Vec::new();
    if ex.id == "worker-pool" {
        if !flag("close_after_wait") {
            v.push(Challenge::Panic);
        }
        if !flag("close_jobs") {
            v.push(Challenge::Deadlock);
        }
    }
    v
}

/// A decision the learner must take: the runnable goroutines, Go's choice first.
type Choices = Vec<(Gid, String)>;

/// Run until a decision with 2+ runnable goroutines (returned) or the end (empty).
fn advance(rt: &mut Runtime) -> Choices {
    for _ in 0..AUTO_STEPS {
        if rt.is_done() {
            return Vec::new();
        }
        let r = rt.runnable();
        match r.len() {
            0 => {
                if !rt.advance_time() && !rt.is_done() {
                    rt.step();
                }
            }
            1 => {
                if rt.step_goroutine(r[0]).is_none() {
                    rt.step();
                }
            }
            _ => {
                let gs = rt.goroutines();
                return r
                    .into_iter()
                    .map(|g| (g, gs.iter().find(|i| i.id == g).map(|i| i.func.to_string()).unwrap_or_default()))
                    .collect();
            }
        }
    }
    Vec::new()
}

/// A fresh run replaying `picks` (stopping at the first pick that is not possible).
/// Returns the runtime, the picks kept, and the pending decision.
fn replay(ex: &Example, p: &Params, opts: &RunOptions, picks: &[Gid]) -> Option<(Runtime, Vec<Gid>, Choices)> {
    let mut rt = ex.runtime_with(p, opts)?;
    let mut kept = Vec::new();
    let mut ch = advance(&mut rt);
    for &g in picks {
        if !ch.iter().any(|(id, _)| *id == g) {
            break;
        }
        rt.step_goroutine(g);
        kept.push(g);
        ch = advance(&mut rt);
    }
    Some((rt, kept, ch))
}

/// What the panel shows after each step.
#[derive(Clone, Default)]
struct View {
    lines: Vec<Line>,
    gs: Vec<GoroutineInfo>,
    choices: Choices,
    done: bool,
    met: Vec<Challenge>,
}

fn snapshot(rt: &Runtime, choices: Choices, chs: &[Challenge]) -> View {
    let mut lines = output::writes(&rt.writes());
    let done = rt.is_done();
    let mut met = Vec::new();
    if done {
        let o = rt.outcome();
        let n = if o.report.is_empty() { o.writes.len() } else { o.writes.len().saturating_sub(1) };
        lines = output::writes(&o.writes[..n]);
        lines.extend(output::ending(&o));
        met = chs.iter().copied().filter(|c| c.met(&o)).collect();
    }
    View { lines, gs: if done { Vec::new() } else { rt.goroutines() }, choices, done, met }
}

/// The scheduler panel.
#[component]
pub fn SchedulerPanel(
    ex: &'static Example,
    resolved: Memo<Result<Params, String>>,
    opts: RunOpts,
    seed: RwSignal<u64>,
    /// The card's parameter settings that differ from the defaults (for the share link).
    link_sets: Signal<Vec<(String, String)>>,
    /// Picks from a share link (the mode starts on when present).
    initial: Option<Vec<Gid>>,
    embed: bool,
) -> impl IntoView {
    let rt = StoredValue::new_local(None::<Runtime>);
    let active = RwSignal::new(initial.is_some());
    let picks = RwSignal::new(initial.unwrap_or_default());
    let view_s = RwSignal::new(View::default());
    let chs = Memo::new(move |_| resolved.with(|r| r.as_ref().map(|p| challenges(ex, p)).unwrap_or_default()));
    let one_proc = Memo::new(move |_| {
        if opts.procs_param {
            resolved.with(|r| matches!(r.as_ref().ok().and_then(|p| p.0.get("gomaxprocs")), Some(Value::Int(1))))
        } else {
            opts.procs.get() == 1
        }
    });

    let update_link = move || {
        if embed {
            return;
        }
        let mut sets = link_sets.get_untracked();
        sets.extend(opts.url_sets());
        let pk = picks.get_untracked();
        if active.get_untracked() {
            sets.push(("sched".to_string(), pk.iter().map(|g| g.to_string()).collect::<Vec<_>>().join(".")));
        }
        set_hash_quietly(&example_href(&ex.lesson, &ex.id, &sets, seed.get_untracked()));
    };
    // (Re)start from the recorded picks.
    let restart = move || {
        let Ok(p) = resolved.get_untracked() else { return };
        let o = RunOptions { gomaxprocs: Some(1), ..opts.options(seed.get_untracked()) };
        let Some((r, kept, ch)) = replay(ex, &p, &o, &picks.get_untracked()) else { return };
        picks.set(kept);
        view_s.set(snapshot(&r, ch, &chs.get_untracked()));
        rt.set_value(Some(r));
        update_link();
    };
    // Settings changed while in control: start over, keeping the picks that still apply.
    Effect::new(move |_| {
        resolved.track();
        seed.track();
        opts.track();
        if active.get() && one_proc.get() {
            restart();
        }
    });
    let pick = move |g: Gid| {
        let chs = chs.get_untracked();
        let v = rt
            .try_update_value(|r| {
                let r = r.as_mut()?;
                r.step_goroutine(g)?;
                let ch = advance(r);
                Some(snapshot(r, ch, &chs))
            })
            .flatten();
        if let Some(v) = v {
            picks.update(|k| k.push(g));
            view_s.set(v);
            update_link();
        }
    };
    let undo = move || {
        picks.update(|k| {
            k.pop();
        });
        restart();
    };
    let reset = move || {
        picks.set(Vec::new());
        restart();
    };
    let toggle = move || {
        let on = !active.get_untracked();
        active.set(on);
        if !on {
            rt.set_value(None);
            picks.set(Vec::new());
            update_link();
        }
    };

    let buttons = move || {
        let v = view_s.get();
        v.choices
            .iter()
            .enumerate()
            .map(|(i, (g, f))| {
                let g = *g;
                let go = i == 0;
                view! {
                    <button type="button" class="pick" class:go-choice=go data-gid=g on:click=move |_| pick(g)
                        aria-label=format!("Run goroutine {g} ({f}){}", if go { ", Go's choice" } else { "" })>
                        <span class="pick-name">{format!("{f} #{g}")}</span>
                        {go.then(|| view! { <span class="pick-go">"Go's choice"</span> })}
                    </button>
                }
            })
            .collect_view()
    };
    let gs = move || {
        view_s
            .get()
            .gs
            .into_iter()
            .map(|g| {
                let line = if g.line > 0 { format!(" at main.go:{}", g.line) } else { String::new() };
                view! { <li class=format!("gstate {}", g.state.replace(' ', "-"))>{format!("#{} {} [{}]{line}", g.id, g.func, g.state)}</li> }
            })
            .collect_view()
    };
    let lines = move || {
        view_s
            .get()
            .lines
            .into_iter()
            .map(|l| view! { <div class=format!("tl {}", l.kind.class())>{if l.text.is_empty() { " ".to_string() } else { l.text }}</div> })
            .collect_view()
    };
    let goals = move || {
        let v = view_s.get();
        chs.get()
            .into_iter()
            .map(|c| {
                let met = v.met.contains(&c);
                view! {
                    <li class="challenge" class:met=met>
                        {c.text()}
                        {met.then(|| view! { <strong class="met-note">" Challenge met!"</strong> })}
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <details class="scheduler" data-scheduler=ex.id.clone() open=active.get_untracked()>
            <summary>"You are the scheduler"</summary>
            <p class="hint" hidden=move || one_proc.get()>"Set GOMAXPROCS to 1 to take over the scheduler."</p>
            <div class="sched-bar">
                <button type="button" class="primary sched-toggle" disabled=move || !one_proc.get()
                    aria-pressed=move || active.get().to_string()
                    on:click=move |_| toggle()>
                    {move || if active.get() { "Give the scheduler back" } else { "Take over the scheduler" }}
                </button>
                <button type="button" class="sched-undo" hidden=move || !active.get()
                    disabled=move || picks.with(|p| p.is_empty()) on:click=move |_| undo()>"Undo pick"</button>
                <button type="button" class="sched-reset" hidden=move || !active.get() on:click=move |_| reset()>"Start over"</button>
                <span class="sched-picks" hidden=move || !active.get()>
                    {move || format!("picks: {}", picks.with(|p| if p.is_empty() { "none".to_string() } else { p.iter().map(|g| g.to_string()).collect::<Vec<_>>().join(".") }))}
                </span>
            </div>
            <ul class="challenges" hidden=move || !active.get() || chs.with(|c| c.is_empty())>{goals}</ul>
            <div class="sched-body" hidden=move || !active.get()>
                <div class="sched-choices" role="group" aria-label="Runnable goroutines: pick the one to run next">
                    <p class="sched-q">{move || {
                        let v = view_s.get();
                        if v.done { "The program has ended.".to_string() } else { "Which goroutine runs next?".to_string() }
                    }}</p>
                    {buttons}
                </div>
                <ul class="gstates" aria-label="Goroutines">{gs}</ul>
                <div class="sched-term" role="log" aria-label="Output of your schedule" data-done=move || view_s.get().done.to_string()>{lines}</div>
            </div>
        </details>
    }
}
