//! The example card: parameter controls, the highlighted Go source (changed lines and lines a
//! report names are marked), the terminal panel that plays a run at its virtual times, and
//! the run controls (Run, Stop, Re-run with a new seed, speed, live buttons).
//!
//! A run is computed synchronously on the simulated runtime as soon as a parameter changes;
//! only the pacing of the lines uses timers. Examples whose lesson data has `controls` run
//! live with the runtime's stepping API, so a button press reaches the program at the current
//! virtual time.

use super::explain::Explanations;
use super::explorer::ExplorerPanel;
use super::highlight::code_html;
use super::manual::SchedulerPanel;
use super::output::{self, Kind, Line, Speed};
use super::params;
use super::route::{embed_example_href, example_href, Focus};
use super::runopts::{format_presses, style_races, take_extras, RunOpts, RunOptsControls};
use super::stepper::Snapshot;
use super::{copy_text, mark_ran, random_seed, set_hash_quietly, AppCtx};
use crate::course::data::Kind as PKind;
use crate::course::Params;
use crate::course::{changed_lines, Example, RunOptions};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Longest real wait between two lines (a program that sleeps for an hour still ends).
const MAX_WAIT_MS: f64 = 10_000.0;

/// The text form of a parameter's default value.
pub fn default_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The card's settings: every parameter's current text (defaults, then the URL's values),
/// and unknown names from the URL (so `resolve` reports them).
pub fn initial_settings(ex: &Example, sets: &[(String, String)]) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = ex.params.iter().map(|p| (p.name.clone(), default_text(&p.default))).collect();
    for (k, val) in sets {
        match v.iter_mut().find(|(n, _)| n == k) {
            Some(slot) => slot.1 = val.clone(),
            None => v.push((k.clone(), val.clone())),
        }
    }
    v
}

/// Settings that differ from the defaults (for share links).
pub(super) fn changed_settings(ex: &Example, raw: &[(String, String)]) -> Vec<(String, String)> {
    raw.iter().filter(|(k, v)| ex.param(k).map(|p| default_text(&p.default) != *v).unwrap_or(true)).cloned().collect()
}

/// The signals a run writes to.
#[derive(Clone, Copy)]
struct Term {
    lines: RwSignal<Vec<Line>>,
    running: RwSignal<bool>,
    reported: RwSignal<Vec<u32>>,
    gen: StoredValue<u64>,
    speed: RwSignal<Speed>,
    pending: StoredValue<Vec<String>>,
    /// The virtual time playback has reached (moves during waits; the timeline's cursor).
    clock: RwSignal<i64>,
    /// Runs started (shown as `data-runs` on the terminal, for tests and tools).
    runs: RwSignal<u32>,
    /// The live buttons pressed in this run, with the virtual time each landed at.
    presses: StoredValue<Vec<(String, i64)>>,
}

impl Term {
    /// Start a run: the terminal shows the command line (`go run -race main.go` with `-race`).
    fn start(&self, race: bool) -> u64 {
        self.runs.update(|n| *n += 1);
        let g = self.gen.get_value() + 1;
        self.gen.set_value(g);
        self.pending.set_value(Vec::new());
        self.presses.set_value(Vec::new());
        self.clock.set(0);
        self.reported.set(Vec::new());
        self.lines.set(vec![Line::new(0, Kind::Cmd, output::command(race))]);
        self.running.set(true);
        g
    }

    /// Whether run `g` is still the card's current run (false once the card is gone).
    fn current(&self, g: u64) -> bool {
        self.gen.try_get_value() == Some(g)
    }

    fn stop(&self) {
        if self.running.get_untracked() {
            self.gen.set_value(self.gen.get_value() + 1);
            self.running.set(false);
            self.lines.update(|l| l.push(Line::new(0, Kind::Note, "^C (stopped)")));
        }
    }

    fn push(&self, new: impl IntoIterator<Item = Line>) {
        let new: Vec<Line> = new.into_iter().collect();
        if !new.is_empty() {
            self.lines.update(|l| l.extend(new));
        }
    }

    /// Wait from virtual time `from` for `ns` more at the chosen speed; false if the run was
    /// replaced.
    async fn wait(&self, g: u64, from: i64, ns: i64) -> bool {
        self.wait_part(g, from, ns).await.is_some()
    }

    /// Wait `ns` of virtual time at the chosen speed, or until a live control is pressed.
    /// Returns the share of the wait that passed (1.0: all of it), or `None` if the run was
    /// replaced.
    async fn wait_part(&self, g: u64, from: i64, ns: i64) -> Option<f64> {
        let Some(ms) = self.speed.get_untracked().real_ms(ns) else { return self.current(g).then_some(1.0) };
        let total = ms.min(MAX_WAIT_MS);
        let mut left = total;
        while left > 0.0 {
            // Short slices, so a press is noticed (and placed in virtual time) promptly.
            let slice = left.min(10.0);
            TimeoutFuture::new(slice.ceil() as u32).await;
            left -= slice;
            if self.current(g) {
                self.clock.set(from + (ns as f64 * (total - left.max(0.0)) / total) as i64);
            }
            if !self.current(g) || !self.pending.try_with_value(|p| p.is_empty()).unwrap_or(true) {
                break;
            }
        }
        let part = if total > 0.0 { ((total - left.max(0.0)) / total).clamp(0.0, 1.0) } else { 1.0 };
        self.current(g).then_some(part)
    }

    /// Play a finished run's transcript: lines at virtual time 0 at once, the rest paced.
    fn play(self, g: u64, lines: Vec<Line>, report_lines: Vec<u32>) {
        let instant = self.speed.get_untracked() == Speed::Instant;
        let split = if instant { lines.len() } else { lines.iter().position(|l| l.t > 0).unwrap_or(lines.len()) };
        let mut lines = lines;
        let rest = lines.split_off(split);
        self.push(lines);
        if rest.is_empty() {
            self.reported.set(report_lines);
            self.running.set(false);
            return;
        }
        spawn_local(async move {
            let mut prev = 0;
            let mut i = 0;
            while i < rest.len() {
                let t = rest[i].t;
                if !self.wait(g, prev, t - prev).await {
                    return;
                }
                prev = t;
                let j = rest[i..].iter().position(|l| l.t != t).map(|k| i + k).unwrap_or(rest.len());
                self.push(rest[i..j].iter().cloned());
                i = j;
            }
            if self.current(g) {
                self.reported.set(report_lines);
                self.running.set(false);
            }
        });
    }

    /// Run an example with live controls: step the runtime, pacing by virtual time, and
    /// deliver button presses between steps, at the virtual time playback had reached when
    /// the button was pressed (`Runtime::advance_to`).
    ///
    /// `script`: presses from a share link, delivered at their virtual times (the same moments
    /// as in the run the link was made from, so it replays the same run).
    fn live(self, g: u64, ex: &'static Example, p: Params, opts: RunOptions, script: Vec<(String, i64)>) {
        spawn_local(async move {
            let Ok(mut rt) = ex.runtime_with(&p, &opts) else { return };
            let mut script = std::collections::VecDeque::from(script);
            let mut steps = 0usize;
            let mut shown = 0usize;
            loop {
                if !self.current(g) {
                    return;
                }
                rt.run_until_blocked();
                let ws = rt.writes();
                self.push(output::writes(&ws[shown..]));
                shown = ws.len();
                if rt.is_done() {
                    break;
                }
                let now = rt.now();
                // A press from the link, due before the next timer: wait for it, deliver it.
                if let Some((name, t)) = script.front().cloned() {
                    if rt.next_timer().is_none_or(|t1| t < t1) {
                        script.pop_front();
                        let at = t.max(now);
                        if !self.wait(g, now, at - now).await {
                            return;
                        }
                        rt.advance_to(at);
                        self.press(&mut rt, &name, at);
                        continue;
                    }
                }
                // Where playback is in virtual time when a press arrives (before the next timer).
                let mut at = Some(now);
                if let Some(t1) = rt.next_timer() {
                    let Some(part) = self.wait_part(g, now, t1 - now).await else { return };
                    at = (part < 1.0).then(|| (now + ((t1 - now) as f64 * part) as i64).min(t1 - 1));
                }
                if let Some(at) = at {
                    let next = self.pending.try_update_value(|q| if q.is_empty() { None } else { Some(q.remove(0)) });
                    if let Some(Some(name)) = next {
                        rt.advance_to(at);
                        self.press(&mut rt, &name, at);
                        continue;
                    }
                }
                rt.step();
                steps += 1;
                // Let the page breathe on long runs.
                if steps.is_multiple_of(256) {
                    TimeoutFuture::new(0).await;
                }
            }
            if self.current(g) {
                let o = rt.outcome();
                self.push(output::ending(&o));
                self.reported.set(output::named_lines(&o));
                self.running.set(false);
            }
        });
    }
}

impl Term {
    /// Deliver a live button press at virtual time `at` and remember it for share links.
    fn press(&self, rt: &mut crate::runtime::Runtime, name: &str, at: i64) {
        if rt.inject(name) {
            self.presses.update_value(|p| p.push((name.to_string(), at)));
        }
    }
}

/// One runnable example.
#[component]
pub fn ExampleCard(
    ex: &'static Example,
    /// Settings and seed from the URL.
    #[prop(optional_no_strip)]
    focus: Option<Focus>,
    /// Minimal chrome (inside an iframe).
    #[prop(optional)]
    embed: bool,
) -> impl IntoView {
    let ctx = use_context::<AppCtx>();
    let mut sets = focus.as_ref().map(|f| f.sets.clone()).unwrap_or_default();
    let extras = take_extras(&mut sets);
    let opts = RunOpts::new(ex, &extras);
    let explain = RwSignal::new(Vec::new());
    let raw = RwSignal::new(initial_settings(ex, &sets));
    let seed = RwSignal::new(focus.as_ref().and_then(|f| f.seed).unwrap_or(1));
    let seed_error = focus.as_ref().and_then(|f| f.bad_seed.clone());
    let resolved = Memo::new(move |_| {
        raw.with(|r| ex.resolve(r.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
            .map_err(|e| params::friendly_error(ex, &e.0))
    });
    let source = RwSignal::new(String::new());
    let changed = RwSignal::new(Vec::<u32>::new());
    let term = Term {
        lines: RwSignal::new(Vec::new()),
        running: RwSignal::new(false),
        reported: RwSignal::new(Vec::new()),
        gen: StoredValue::new(0),
        speed: RwSignal::new(Speed::One),
        pending: StoredValue::new(Vec::new()),
        clock: RwSignal::new(0),
        runs: RwSignal::new(0),
        presses: StoredValue::new(Vec::new()),
    };
    // Presses from the link, replayed by the first run only.
    let script = StoredValue::new(extras.presses.clone());
    // The copy button's last result (`None`: not pressed lately) and the share button's.
    let copied = RwSignal::new(None::<bool>);
    let shared = RwSignal::new(None::<Shared>);
    let user_changed = StoredValue::new(focus.is_some());
    // The stepper's position (`None`: the whole run): terminal and highlights follow it.
    let snap = RwSignal::new(None::<Snapshot>);
    // The first run (when the card opens) is not the learner's.
    let opened = StoredValue::new(false);
    let live = !ex.controls.is_empty();

    // The link settings for what is on screen: changed parameters, then -race / GOMAXPROCS,
    // then a live run's button presses (so the link replays the same run).
    let link_sets = move || {
        let mut sets = raw.with_untracked(|r| changed_settings(ex, r));
        sets.extend(opts.url_sets());
        let presses = term.presses.with_value(|p| format_presses(p));
        if !presses.is_empty() {
            sets.push(("press".to_string(), presses));
        }
        sets
    };

    // Run whenever the parameters or the seed change. `by_learner`: the learner asked for this
    // run, so it counts in their progress (the run a card makes when it opens does not).
    let run = move |p: &Params, s: u64, by_learner: bool| {
        let g = term.start(opts.race.get_untracked());
        shared.set(None);
        if let (Some(ctx), true) = (ctx, by_learner) {
            mark_ran(ctx, &ex.id);
        }
        if live {
            let presses = if by_learner { Vec::new() } else { script.get_value() };
            term.live(g, ex, p.clone(), opts.options(s), presses);
            return;
        }
        explain.set(Vec::new());
        match ex.runtime_with(p, &opts.options(s)).map(|r| r.run()) {
            Ok(o) => {
                let mut named = output::named_lines(&o);
                named.extend(o.explanations.iter().map(|e| e.line).filter(|l| *l > 0));
                explain.set(o.explanations.clone());
                term.play(g, style_races(output::transcript(&o)), named)
            }
            Err(e) => {
                // The template rendered Go that does not compile: show Go's messages.
                term.push(e.lines().map(|l| Line::new(0, Kind::Note, l.to_string())));
                term.running.set(false);
            }
        }
    };
    Effect::new(move |_| {
        let s = seed.get();
        opts.track();
        let by_learner = opened.get_value();
        opened.set_value(true);
        match resolved.get() {
            Err(_) => {
                term.gen.set_value(term.gen.get_value() + 1);
                term.running.set(false);
                term.reported.set(Vec::new());
                term.lines.set(vec![Line::new(0, Kind::Note, "not run: fix the parameter above first")]);
            }
            Ok(p) => {
                if let Ok(r) = ex.render(&p) {
                    let old = source.get_untracked();
                    if !old.is_empty() && old != r.source {
                        changed.set(changed_lines(&old, &r.source));
                    }
                    if old != r.source {
                        source.set(r.source);
                    }
                }
                run(&p, s, by_learner);
                // Keep the URL a share link for what is on screen (without a history entry).
                // (A link with button presses stays as it is while its first run replays them.)
                let replaying = !by_learner && script.with_value(|p| !p.is_empty());
                if !embed && user_changed.get_value() && !replaying {
                    set_hash_quietly(&example_href(&ex.lesson, &ex.id, &link_sets(), s));
                }
                user_changed.set_value(true);
            }
        }
    });

    // Set a parameter, clamping those whose range it bounds.
    let set_param = move |name: String, value: String| {
        raw.update(|r| {
            if let Some(slot) = r.iter_mut().find(|(k, _)| *k == name) {
                slot.1 = value;
            }
            params::clamp_dependents(ex, r, &name);
        })
    };
    let error = move || resolved.with(|r| r.as_ref().err().cloned());
    let rerun = move || {
        if let Ok(p) = resolved.get_untracked() {
            run(&p, seed.get_untracked(), true);
        }
    };
    let new_seed = move || seed.set(random_seed());

    let controls = ex
        .params
        .iter()
        .map(|spec| {
            let name = spec.name.clone();
            let label = params::label(spec);
            let id = format!("p-{}-{}", ex.id, spec.name);
            let n1 = name.clone();
            let value =
                move || raw.with(|r| r.iter().find(|(k, _)| *k == n1).map(|(_, v)| v.clone()).unwrap_or_default());
            let invalid = move || {
                resolved.with(|r| match r {
                    Err(e) => params::names_param(e, spec),
                    Ok(_) => false,
                })
            };
            // A unit that repeats the label ("Goroutines goroutines") is left out.
            let unit = spec
                .unit
                .clone()
                .filter(|u| !label.split_whitespace().any(|w| w.eq_ignore_ascii_case(u)))
                .unwrap_or_default();
            let set = set_param;
            match spec.kind {
                PKind::Bool => {
                    let n = name.clone();
                    view! {
                        <label class="param toggle" for=id.clone()>
                            <input type="checkbox" id=id.clone() name=name.clone()
                                prop:checked=move || value() == "true"
                                on:change=move |e| set(n.clone(), event_target_checked(&e).to_string()) />
                            <span>{label}</span>
                        </label>
                    }
                    .into_any()
                }
                PKind::Choice => {
                    let n = name.clone();
                    let value2 = value.clone();
                    let opts = spec
                        .choices
                        .iter()
                        .map(|c| {
                            let c2 = c.clone();
                            let v = value2.clone();
                            view! { <option value=c.clone() selected=move || v() == c2>{c.clone()}</option> }
                        })
                        .collect_view();
                    view! {
                        <label class="param choice" for=id.clone()>
                            <span>{label}</span>
                            <select id=id.clone() name=name.clone() aria-invalid=move || invalid().to_string()
                                on:change=move |e| set(n.clone(), event_target_value(&e))>{opts}</select>
                        </label>
                    }
                    .into_any()
                }
                PKind::Int => {
                    let p = resolved.get_untracked().unwrap_or_default();
                    let (lo, hi) = ex.range(spec, &p);
                    let slider = lo != i64::MIN && hi != i64::MAX && hi - lo <= 200;
                    // Bounds that name another parameter follow it.
                    let bounds = Memo::new(move |prev: Option<&(i64, i64)>| match resolved.get() {
                        Ok(p) => ex.range(spec, &p),
                        Err(_) => prev.copied().unwrap_or((lo, hi)),
                    });
                    let lo = move || bounds.get().0;
                    let hi = move || bounds.get().1;
                    let (n, n2) = (name.clone(), name.clone());
                    let (v1, v2) = (value.clone(), value.clone());
                    let range = params::accepts(ex, spec);
                    // The example sets GOMAXPROCS itself: say what `go run` would use.
                    let gomaxprocs = spec.name == "gomaxprocs";
                    let unit2 = unit.clone();
                    let slider_view = slider.then(|| {
                        view! {
                            <input type="range" min=lo max=hi step="1" aria-label=format!("{label} slider")
                                tabindex="-1"
                                prop:value=v2
                                on:input=move |e| set(n2.clone(), event_target_value(&e)) />
                        }
                    });
                    let invalid2 = invalid;
                    view! {
                        <label class="param int" for=id.clone() class:invalid=invalid2>
                            <span>{label.clone()}</span>
                            <span class="field">
                                {slider_view}
                                <input type="number" id=id.clone() name=name.clone() inputmode="numeric"
                                    min=move || (lo() != i64::MIN).then(|| lo().to_string())
                                    max=move || (hi() != i64::MAX).then(|| hi().to_string())
                                    title=range
                                    aria-invalid=move || invalid().to_string()
                                    prop:value=v1
                                    on:input=move |e| set(n.clone(), event_target_value(&e)) />
                                {(!unit2.is_empty()).then(|| view! { <span class="unit">{unit2.clone()}</span> })}
                                {gomaxprocs.then(|| view! {
                                    <span class="runopt-note">"a real " <code>"go run"</code> " uses every CPU"</span>
                                })}
                            </span>
                        </label>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();

    // While stepping, the report's lines are those of the run so far (none until it ends).
    let code = move || {
        let at_step = snap.with(|s| s.as_ref().map(|s| s.reported.clone()));
        source.with(|s| {
            changed.with(|c| match &at_step {
                Some(r) => code_html(s, c, r),
                None => term.reported.with(|r| code_html(s, c, r)),
            })
        })
    };
    // While stepping, the terminal shows what the program had printed by that step.
    let term_lines = move || {
        let at_step = snap.with(|s| s.as_ref().map(|s| (s.k, s.lines.clone())));
        let lines = match at_step {
            Some((k, mut lines)) => {
                lines.insert(0, Line::new(0, Kind::Cmd, output::command(opts.race.get_untracked())));
                lines.push(Line::new(0, Kind::Note, format!("(stepping: the output up to step {k})")));
                lines
            }
            None => term.lines.get(),
        };
        lines
            .into_iter()
            .map(|l| view! { <div class=format!("tl {}", l.kind.class()) data-t=l.t>{if l.text.is_empty() { " ".to_string() } else { l.text }}</div> })
            .collect_view()
    };
    let copy = move |_| {
        copy_text(&source.get_untracked(), move |ok| {
            copied.try_set(Some(ok));
            set_timeout(move || _ = copied.try_set(None), std::time::Duration::from_secs(2));
        });
    };
    let share = move |_| {
        let sets = link_sets();
        let h = if embed {
            embed_example_href(&ex.id, &sets, seed.get_untracked())
        } else {
            example_href(&ex.lesson, &ex.id, &sets, seed.get_untracked())
        };
        let loc = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let base = loc.split('#').next().unwrap_or("").to_string();
        let url = format!("{base}{h}");
        let u2 = url.clone();
        copy_text(&url, move |ok| _ = shared.try_set(Some(if ok { Shared::Copied } else { Shared::Blocked(u2) })));
    };
    let live_buttons = ex
        .controls
        .iter()
        .map(|c| {
            let name = c.name.clone();
            view! {
                <button class="live" disabled=move || !term.running.get()
                    on:click=move |_| {
                        term.pending.update_value(|q| q.push(name.clone()));
                        if let Some(ctx) = ctx {
                            mark_ran(ctx, &ex.id);
                        }
                    }>{c.label.clone()}</button>
            }
        })
        .collect_view();
    let keydown = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Enter" && e.shift_key() {
            e.prevent_default();
            rerun();
        }
    };
    let title_id = format!("t-{}", ex.id);
    let title_id2 = title_id.clone();

    view! {
        <section class="card" class:embed=embed id=format!("ex-{}", ex.id) data-example=ex.id.clone()
            aria-labelledby=title_id2 on:keydown=keydown>
            <header class="card-head">
                <h3 id=title_id>{ex.title.clone()}</h3>
                <p class="summary">{ex.summary.clone()}</p>
            </header>
            <form class="params" on:submit=|e| e.prevent_default() aria-label="Parameters">
                {controls}
            </form>
            <RunOptsControls ex=ex opts=opts />
            {seed_error.map(|s| view! { <p class="error" role="alert">{format!("`seed={s}` in the link is not a number: using seed 1")}</p> })}
            <p class="error" role="alert" hidden=move || error().is_none()>{move || error().unwrap_or_default()}</p>
            <div class="panes">
                <div class="pane code-pane">
                    <div class="pane-bar">
                        <span>"main.go"</span>
                        <button class="small" on:click=copy aria-label="Copy the Go source">
                            {move || match copied.get() {
                                None => "copy",
                                Some(true) => "copied",
                                Some(false) => "copy failed: select the code",
                            }}
                        </button>
                    </div>
                    <pre class="code" tabindex="0" aria-label="Go source"><code inner_html=code></code></pre>
                </div>
                <div class="pane term-pane">
                    <div class="pane-bar run-bar" role="toolbar" aria-label="Run controls">
                        <button class="primary" on:click=move |_| rerun() disabled=move || error().is_some()
                            title="Run (Shift+Enter)">"Run"</button>
                        <button on:click=move |_| term.stop() disabled=move || !term.running.get()>"Stop"</button>
                        <button on:click=move |_| new_seed() disabled=move || error().is_some()>"Re-run, new seed"</button>
                        <span class="seed">"seed " <output>{move || seed.get()}</output></span>
                        <label class="speed">
                            <span class="sr">"Speed"</span>
                            <select aria-label="Playback speed" on:change=move |e| term.speed.set(Speed::from_key(&event_target_value(&e)))>
                                {Speed::ALL.into_iter().map(|s| view! {
                                    <option value=s.key() selected=s == Speed::One>{s.label()}</option>
                                }).collect_view()}
                            </select>
                        </label>
                        {live_buttons}
                        <button class="small" on:click=share aria-label="Copy a link to this run">"share"</button>
                    </div>
                    <div class="terminal" role="log" aria-live="polite" aria-label="Program output"
                        class:running=move || term.running.get() data-runs=move || term.runs.get()
                        data-stepping=move || snap.with(|s| s.is_some()).to_string()>{term_lines}</div>
                    <ShareNote shared=shared live=live />
                    <Explanations card_id=format!("ex-{}", ex.id) items=explain
                        running=Signal::derive(move || term.running.get() || snap.with(|s| s.is_some())) />
                </div>
            </div>
            <ExplorerPanel ex=ex resolved=resolved opts=opts seed=seed />
            <SchedulerPanel ex=ex resolved=resolved opts=opts seed=seed embed=embed initial=extras.sched.clone()
                link_sets=Signal::derive(link_sets) />
            <super::timeline::Timeline ex=ex params=resolved seed=seed lines=term.lines running=term.running clock=term.clock opts=opts snap=snap />
        </section>
    }
}

/// What the share button did.
#[derive(Clone, Debug, PartialEq)]
enum Shared {
    Copied,
    /// The clipboard refused (an iframe without permission): the link to copy by hand.
    Blocked(String),
}

/// The share button's feedback: "link copied", or the link selected for copying by hand when
/// the clipboard is blocked. A live example's link holds its settings and seed, not the
/// button presses (pressing them again at other moments gives other runs).
#[component]
fn ShareNote(shared: RwSignal<Option<Shared>>, live: bool) -> impl IntoView {
    let presses = if live {
        " It holds the settings, the seed and the moments you pressed the buttons (such as cancel()): it replays this run."
    } else {
        ""
    };
    let select = |e: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            i.select();
        }
    };
    move || {
        shared.get().map(|s| match s {
            Shared::Copied => view! {
                <p class="share-note" role="status">"Link to this run copied." {presses}</p>
            }
            .into_any(),
            Shared::Blocked(url) => view! {
                <p class="share-note blocked" role="status">
                    "The browser did not let the page copy: select the link and copy it." {presses}
                    <input type="text" class="share-link" readonly aria-label="Link to this run" prop:value=url
                        on:focus=select />
                </p>
            }
            .into_any(),
        })
    }
}
