//! "You are the scheduler": at each decision the learner picks which goroutine runs next
//! (with one processor until it blocks, Go's own choice marked; with several processors for
//! one operation) and which ready `select` case fires, or lets Go finish. The session logic is
//! `course::schedule` (pure); this is its panel. Picks can be undone and go into the share
//! link as `sched=7.8.c1.go`. Some examples carry challenges, each with a link to settings
//! where the schedule decides, checked against the real outcome of the run.

use super::editor_run::Subject;
use super::output::{self, Line};
use super::runopts::RunOpts;
use super::set_hash_quietly;
use super::stepper::is_user;
use super::timeline_model as tm;
use crate::course::schedule::{challenges, format_picks, parse_picks, Challenge, Choice, Decision, Pick, Session};
use crate::course::RunOptions;
use crate::course::{Example, Params};
use crate::runtime::{Event, Gid, GoroutineInfo};
use leptos::prelude::*;
use std::collections::HashMap;

/// Goroutine buttons drawn before the rest go into a list (a program may start thousands).
const MAX_BUTTONS: usize = 12;
/// Longest event stream read for the goroutines' last actions.
const MAX_EVENTS_READ: usize = 100_000;
/// Goroutine states listed before the rest are only counted.
const MAX_STATES: usize = 30;

/// What the panel shows after each step.
#[derive(Clone)]
struct View {
    /// A session exists (false before the learner takes over).
    started: bool,
    /// The run ended without a single decision to take.
    no_choice: bool,
    lines: Vec<Line>,
    /// Each live user goroutine with what it did last (from the run's events).
    gs: Vec<(GoroutineInfo, Option<String>)>,
    decision: Decision,
    parallel: bool,
    met: Vec<Challenge>,
}

impl Default for View {
    fn default() -> Self {
        View {
            started: false,
            no_choice: false,
            lines: Vec::new(),
            gs: Vec::new(),
            decision: Decision::Done,
            parallel: false,
            met: Vec::new(),
        }
    }
}

/// What each goroutine did last, from the event stream: `send results (main.go:12)`,
/// `started by main.main #1 (main.go:17)`. (Reads and writes of plain variables are not
/// events of the runtime, so they are not shown.)
fn last_actions(events: &[Event]) -> HashMap<Gid, String> {
    let names = tm::names(events);
    let name = |g: &Gid| names.get(g).cloned().unwrap_or_else(|| format!("#{g}"));
    let at = |line: &u32| if *line > 0 { format!(" (main.go:{line})") } else { String::new() };
    let mut last = HashMap::new();
    for e in events {
        let (g, text) = match e {
            Event::Spawn { g, parent, line, .. } => {
                if *parent > 0 {
                    last.insert(*parent, format!("started {}{}", name(g), at(line)));
                }
                (
                    *g,
                    format!(
                        "was started{}",
                        if *parent > 0 { format!(" by {}{}", name(parent), at(line)) } else { String::new() }
                    ),
                )
            }
            Event::Yield { g, .. } => (*g, "ran an operation, then paused".to_string()),
            Event::Block { g, .. } | Event::Chan { g, .. } | Event::Output { g, .. } => {
                // Drop the time and the goroutine's own name: `0s: main.worker #7 send results`.
                let text = tm::describe(e, &names);
                let text = text.split_once(": ").map(|(_, t)| t.to_string()).unwrap_or(text);
                let who = format!("{} ", name(g));
                (*g, text.strip_prefix(&who).map(str::to_string).unwrap_or(text))
            }
            Event::Ready { g, by, .. } if *by > 0 => (*by, format!("woke {}", name(g))),
            _ => continue,
        };
        last.insert(g, text);
    }
    last
}

fn snapshot(s: &Session, chs: &[Challenge], p: &Params) -> View {
    let rt = s.runtime();
    let done = s.is_done();
    let (lines, met) = if done {
        let o = rt.outcome();
        (output::transcript(&o), chs.iter().copied().filter(|c| c.met(&o, p)).collect())
    } else {
        (output::writes(&rt.writes()), Vec::new())
    };
    let gs = if done {
        Vec::new()
    } else {
        // Very long runs skip it (copying every event at each pick would slow the panel).
        let last = if rt.event_count() <= MAX_EVENTS_READ { last_actions(&rt.events()) } else { HashMap::new() };
        rt.goroutines().into_iter().filter(is_user).map(|g| (g.clone(), last.get(&g.id).cloned())).collect()
    };
    View {
        started: true,
        no_choice: done && s.picks().is_empty(),
        lines,
        gs,
        decision: s.decision().clone(),
        parallel: s.parallel(),
        met,
    }
}

/// The settings of a challenge's setup, as link settings (with `sched=` to start in control).
fn setup_sets(c: Challenge) -> Vec<(String, String)> {
    let s = c.setup();
    let mut v: Vec<(String, String)> = s.sets.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    if let Some(n) = s.procs {
        v.push(("procs".to_string(), n.to_string()));
    }
    v.push(("sched".to_string(), String::new()));
    v
}

/// The setup in words: `close_after_wait=false, workers=2, GOMAXPROCS=2`.
fn setup_words(c: Challenge) -> String {
    let s = c.setup();
    let mut v: Vec<String> = s.sets.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if let Some(n) = s.procs {
        v.push(format!("GOMAXPROCS={n}"));
    }
    v.join(", ")
}

/// The panel's state and what the learner can do with it, shared by its parts (every field
/// is a handle, so it is `Copy` into each closure).
#[derive(Clone, Copy)]
struct Sched {
    chs: &'static [Challenge],
    resolved: Memo<Result<Subject, String>>,
    opts: RunOpts,
    seed: RwSignal<u64>,
    link_sets: Signal<Vec<(String, String)>>,
    href: Callback<(Vec<(String, String)>, u64), String>,
    embed: bool,
    session: StoredValue<Option<Session>, LocalStorage>,
    /// The learner is in control.
    active: RwSignal<bool>,
    picks: RwSignal<Vec<Pick>>,
    /// How many picks from the link did not apply at these settings (shown once).
    dropped: RwSignal<usize>,
    view_s: RwSignal<View>,
}

impl Sched {
    /// Put the settings and, while in control, the picks into the page's link.
    fn update_link(self) {
        if self.embed {
            return;
        }
        let mut sets = self.link_sets.get_untracked();
        if self.active.get_untracked() {
            sets.push(("sched".to_string(), self.picks.with_untracked(|p| format_picks(p))));
        }
        set_hash_quietly(&self.href.run((sets, self.seed.get_untracked())));
    }

    /// (Re)start from the recorded picks, keeping those that still apply.
    fn restart(self) {
        let Ok(sub) = self.resolved.get_untracked() else { return };
        let want = self.picks.get_untracked();
        // Traced, so each goroutine's last action can be shown.
        let o = RunOptions { trace: true, ..self.opts.options(self.seed.get_untracked()) };
        let Ok(rt) = sub.runtime(&o) else { return };
        let s = Session::replay_runtime(rt, &want);
        self.dropped.set(want.len() - s.picks().len());
        self.picks.set(s.picks().to_vec());
        self.view_s.set(snapshot(&s, self.chs, &sub.params));
        self.session.set_value(Some(s));
        self.update_link();
    }

    /// Take decision `k`, if the session accepts it.
    fn pick(self, k: Pick) {
        let Ok(p) = self.resolved.get_untracked().map(|s| s.params) else { return };
        let v = self
            .session
            .try_update_value(|s| {
                let s = s.as_mut()?;
                s.pick(k).then(|| snapshot(s, self.chs, &p))
            })
            .flatten();
        if let Some(v) = v {
            self.picks.update(|x| x.push(k));
            self.dropped.set(0);
            self.view_s.set(v);
            self.update_link();
        }
    }

    fn undo(self) {
        self.picks.update(|k| {
            k.pop();
        });
        self.restart();
    }

    fn reset(self) {
        self.picks.set(Vec::new());
        self.restart();
    }

    /// Take over the scheduler, or give it back (forgetting the session and its picks).
    fn toggle(self) {
        let on = !self.active.get_untracked();
        self.active.set(on);
        if !on {
            self.session.set_value(None);
            self.picks.set(Vec::new());
            self.update_link();
        }
    }
}

/// The picks a share link's `sched=` asks for, and the error to show if it does not parse.
fn link_picks(initial: Option<&str>) -> (Vec<Pick>, Option<String>) {
    match initial.map(parse_picks) {
        Some(Ok(p)) => (p, None),
        Some(Err(e)) => (Vec::new(), Some(format!("sched= in the link: {e}. Starting from the first decision."))),
        None => (Vec::new(), None),
    }
}

/// The scheduler panel.
#[component]
pub fn SchedulerPanel(
    ex: &'static Example,
    /// What the card runs (the example at its settings, or the learner's edit).
    resolved: Memo<Result<Subject, String>>,
    opts: RunOpts,
    seed: RwSignal<u64>,
    /// The card's link settings: parameters that differ from the defaults, `race`, `procs`.
    link_sets: Signal<Vec<(String, String)>>,
    /// The card's link (a hash) for settings and a seed.
    href: Callback<(Vec<(String, String)>, u64), String>,
    /// `sched=` from a share link, as written (the mode starts on when present).
    initial: Option<String>,
    embed: bool,
) -> impl IntoView {
    let (first, link_error) = link_picks(initial.as_deref());
    let sched = Sched {
        chs: challenges(ex),
        resolved,
        opts,
        seed,
        link_sets,
        href,
        embed,
        session: StoredValue::new_local(None::<Session>),
        active: RwSignal::new(initial.is_some()),
        picks: RwSignal::new(first),
        dropped: RwSignal::new(0usize),
        view_s: RwSignal::new(View::default()),
    };
    let (active, view_s) = (sched.active, sched.view_s);
    // Settings changed while in control: start over, keeping the picks that still apply.
    Effect::new(move |_| {
        resolved.track();
        seed.track();
        opts.track();
        if active.get() {
            sched.restart();
        }
    });
    let sched_id = ex.id.clone();
    // While in control, the code view marks where each goroutine is.
    let card_id = format!("ex-{sched_id}");
    let css = move || {
        if !active.get() {
            return String::new();
        }
        view_s.with(|v| super::timeline::here_css(&card_id, v.gs.iter().map(|(g, _)| (g.line, g.id))))
    };
    let no_goals = sched.chs.is_empty();

    view! {
        <details class="scheduler" data-scheduler=sched_id.clone() open=active.get_untracked()>
            <summary>"You are the scheduler"</summary>
            <style>{css}</style>
            {link_error.map(|e| view! { <p class="error" role="alert">{e}</p> })}
            {sched_bar(sched)}
            <p class="hint" role="status" hidden=move || sched.dropped.get() == 0>
                {move || format!("{} pick(s) from the link do not apply at these settings: kept the ones before.", sched.dropped.get())}
            </p>
            <ul class="challenges" hidden=move || !active.get() || no_goals>{move || challenge_items(sched)}</ul>
            <div class="sched-body" hidden=move || !active.get()>
                <div class="sched-choices" role="group" aria-label="Pick what runs next">
                    <p class="sched-q">{move || view_s.with(question)}</p>
                    {move || choice_buttons(view_s.get(), sched)}
                </div>
                <ul class="gstates" aria-label="Goroutines">{move || goroutine_items(view_s.get().gs)}</ul>
                <div class="sched-term" role="log" aria-label="Output of your schedule"
                    data-done=move || (view_s.with(|v| v.decision == Decision::Done)).to_string()>{move || term_lines(view_s.get().lines)}</div>
            </div>
        </details>
    }
}

/// The controls: take over / give back, undo, start over, let Go finish, and the picks so far.
fn sched_bar(sched: Sched) -> impl IntoView {
    let Sched { active, picks, view_s, .. } = sched;
    view! {
        <div class="sched-bar">
            <button type="button" class="primary sched-toggle"
                aria-pressed=move || active.get().to_string()
                on:click=move |_| sched.toggle()>
                {move || if active.get() { "Give the scheduler back" } else { "Take over the scheduler" }}
            </button>
            <button type="button" class="sched-undo" hidden=move || !active.get()
                disabled=move || picks.with(|p| p.is_empty()) on:click=move |_| sched.undo()>"Undo pick"</button>
            <button type="button" class="sched-reset" hidden=move || !active.get() on:click=move |_| sched.reset()>"Start over"</button>
            <button type="button" class="sched-rest" hidden=move || !active.get()
                disabled=move || view_s.with(|v| v.decision == Decision::Done)
                on:click=move |_| sched.pick(Pick::Rest)>"Let Go finish"</button>
            <span class="sched-picks" hidden=move || !active.get()>
                {move || format!("picks: {}", picks.with(|p| if p.is_empty() { "none".to_string() } else { format_picks(p) }))}
            </span>
        </div>
    }
}

/// The question the current decision asks.
fn question(v: &View) -> String {
    match &v.decision {
        _ if !v.started => String::new(),
        Decision::Done if v.no_choice => "Nothing to choose in this run: there was never more than one goroutine \
            ready to run, nor a select with several ready cases, so every schedule prints the same. \
            Try an example that starts several goroutines."
            .to_string(),
        Decision::Done => "The program has ended.".to_string(),
        Decision::Run(_) if v.parallel => {
            "Which goroutine performs the next operation? (Go would pick one of them at random.)".to_string()
        }
        Decision::Run(_) => "Which goroutine runs next?".to_string(),
        Decision::Case(a) => {
            let at = if a.line > 0 { format!(" on line {}", a.line) } else { String::new() };
            format!(
                "Goroutine #{} is at the select{at} and {} cases are ready. Which one fires? (Go picks at random.)",
                a.g,
                a.cases.len()
            )
        }
    }
}

/// One button per answer to the current decision.
fn choice_buttons(v: View, sched: Sched) -> AnyView {
    match v.decision {
        Decision::Done => ().into_any(),
        Decision::Run(ch) => run_buttons(ch, v.parallel, sched).into_any(),
        Decision::Case(a) => a
            .cases
            .into_iter()
            .map(|c| {
                let pos = c.pos;
                let label = c.label();
                view! {
                    <button type="button" class="pick pick-case" data-case=pos on:click=move |_| sched.pick(Pick::Case(pos))
                        aria-label=format!("Fire {label} (case {} of the select)", pos + 1)>
                        <code class="pick-name">{label.clone()}</code>
                    </button>
                }
            })
            .collect_view()
            .into_any(),
    }
}

/// A button per goroutine that could run (the first [`MAX_BUTTONS`]; the rest in a list).
/// With one processor the first is Go's own choice.
fn run_buttons(ch: Vec<Choice>, parallel: bool, sched: Sched) -> impl IntoView {
    let rest: Vec<Gid> = ch.iter().skip(MAX_BUTTONS).map(|c| c.g).collect();
    let shown = ch
        .into_iter()
        .take(MAX_BUTTONS)
        .enumerate()
        .map(|(i, c)| {
            let g = c.g;
            let go = i == 0 && !parallel;
            let on = c.proc.map(|p| format!(" on P{p}")).unwrap_or_default();
            let name = format!("{} #{g}", c.func);
            view! {
                <button type="button" class="pick" class:go-choice=go data-gid=g on:click=move |_| sched.pick(Pick::Run(g))
                    aria-label=format!("Run goroutine {g} ({}){on}{}", c.func, if go { ", Go's choice" } else { "" })>
                    <span class="pick-name">{name}</span>
                    {(!on.is_empty()).then(|| view! { <span class="pick-proc">{on.trim().to_string()}</span> })}
                    {go.then(|| view! { <span class="pick-go">"Go's choice"</span> })}
                </button>
            }
        })
        .collect_view();
    view! { {shown} {more_picks(rest, move |k| sched.pick(k))} }
}

/// Each live goroutine's state, line and last action (the first [`MAX_STATES`]; the rest
/// counted).
fn goroutine_items(all: Vec<(GoroutineInfo, Option<String>)>) -> impl IntoView {
    let n = all.len();
    let runnable = all.iter().filter(|(g, _)| g.state == "runnable" || g.state == "running").count();
    let more = (n > MAX_STATES).then(|| {
        let k = n - MAX_STATES;
        view! { <li class="gstate-more">{format!("… and {k} more ({runnable} of all {n} runnable)")}</li> }
    });
    let items = all
        .into_iter()
        .take(MAX_STATES)
        .map(|(g, last)| {
            let line = if g.line > 0 { format!(" at main.go:{}", g.line) } else { String::new() };
            let last = last.map(|l| view! { <span class="glast">{format!("last: {l}")}</span> });
            view! {
                <li class=format!("gstate {}", g.state.replace(' ', "-"))>
                    {format!("#{} {} [{}]{line}", g.id, g.func, g.state)} {last}
                </li>
            }
        })
        .collect_view();
    view! { {items} {more} }
}

/// The output of the schedule so far, one line per element.
fn term_lines(lines: Vec<Line>) -> impl IntoView {
    lines
        .into_iter()
        .map(|l| view! { <div class=format!("tl {}", l.kind.class())>{if l.text.is_empty() { " ".to_string() } else { l.text }}</div> })
        .collect_view()
}

/// The example's challenges, each with a link to the settings where the schedule decides,
/// marked once the run meets it.
fn challenge_items(sched: Sched) -> impl IntoView {
    let v = sched.view_s.get();
    sched
        .chs
        .iter()
        .map(|&c| {
            let met = v.met.contains(&c);
            let sets = setup_sets(c);
            let href = sched.href.run((sets, sched.seed.get_untracked()));
            view! {
                <li class="challenge" class:met=met data-challenge=c.id()>
                    <span>{c.text()}</span>
                    " "
                    <a class="challenge-setup" href=href title=format!("Settings where your schedule decides: {}", setup_words(c))>
                        "set it up"
                    </a>
                    {met.then(|| view! { <strong class="met-note">" Challenge met!"</strong> })}
                </li>
            }
        })
        .collect_view()
}

/// The goroutines beyond the first [`MAX_BUTTONS`], as one list to pick from.
fn more_picks(rest: Vec<Gid>, pick: impl Fn(Pick) + Copy + 'static) -> Option<impl IntoView> {
    if rest.is_empty() {
        return None;
    }
    let chosen = RwSignal::new(rest[0]);
    let n = rest.len();
    let options =
        rest.into_iter().map(|g| view! { <option value=g.to_string()>{format!("#{g}")}</option> }).collect_view();
    Some(view! {
        <div class="pick-more">
            <label>
                <span>{format!("or one of {n} more: ")}</span>
                <select aria-label="Another goroutine to run"
                    on:change=move |e| chosen.set(event_target_value(&e).parse().unwrap_or(0))>{options}</select>
            </label>
            <button type="button" class="pick" on:click=move |_| pick(Pick::Run(chosen.get_untracked()))>"Run it"</button>
        </div>
    })
}
