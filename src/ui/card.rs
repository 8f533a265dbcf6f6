//! The example card: parameter controls, the Go source in the editor (changed lines, lines a
//! report names and compile errors marked), the terminal that plays a run at its virtual
//! times, the run controls, and the tools (timeline and stepping, explorer, "you are the
//! scheduler"), all on the source on screen: the template's rendering or the learner's edit.
//!
//! A card does not run when it mounts: it shows the example's default output (its golden
//! file, as the pre-rendered page does) and runs once it is near the viewport and the browser
//! is idle ([`super::card_idle`]), or at once when the learner changes something. A run
//! happens when a parameter, the seed or a run option changes, or when the learner runs an
//! edit; it is computed in slices of a few milliseconds with the page answering in between
//! (Stop ends it; a long run's output shows as it comes), then its lines are played at their
//! virtual times (see [`super::card_term`]). Examples whose lesson data has `controls` run
//! live, so a button press reaches the program at the current virtual time.
//!
//! Edits: while the code is the template's, knobs re-render it. After an edit, a knob whose
//! lines are intact is patched into the edit ([`super::editor_knobs`]); the others are
//! detached until "Reset to the example". Edits are kept per example in `localStorage` and go
//! into share links (`code=`, see [`super::share`]). The playground is a card too
//! ([`super::playground`]): any program, no parameters.

use super::card_params::ParamControls;
use super::card_term::{ShareNote, Shared, Term};
use super::editor::CodeEditor;
use super::editor_html::{parse_diags, Diag};
use super::editor_run::Subject;
use super::explain::Explanations;
use super::explorer::ExplorerPanel;
use super::manual::SchedulerPanel;
use super::output::{self, Kind, Line, Speed};
use super::route::{embed_example_href, example_href, play_href, Focus};
use super::runopts::{format_presses, style_races, take_extras, RunOpts, RunOptsControls};
use super::stepper::Snapshot;
use super::{copy_text, editor_knobs, editor_store, mark_ran, params, random_seed, set_hash_quietly, share, AppCtx};
use crate::course::{changed_lines, Example, Params};
use crate::runtime::{Runtime, Step};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Real time a run computes before letting the page answer, in milliseconds.
const SLICE_MS: f64 = 8.0;

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

/// The program a fresh playground shows.
pub const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdone := make(chan string)\n\tgo func() {\n\t\tdone <- \"hello from a goroutine\"\n\t}()\n\tfmt.Println(<-done)\n}\n";

/// Everything a card's parts share.
#[derive(Clone, Copy)]
struct Card {
    ex: &'static Example,
    /// The playground: any program, no template.
    play: bool,
    embed: bool,
    ctx: Option<AppCtx>,
    raw: RwSignal<Vec<(String, String)>>,
    resolved: Memo<Result<Params, String>>,
    /// The editor's text.
    code: RwSignal<String>,
    /// The source the tools run (the editor's text when the learner last ran it).
    ran: RwSignal<String>,
    subject: Memo<Result<Subject, String>>,
    changed: RwSignal<Vec<u32>>,
    seed: RwSignal<u64>,
    opts: RunOpts,
    term: Term,
    explain: RwSignal<Vec<crate::runtime::Explanation>>,
    shared: RwSignal<Option<Shared>>,
    snap: RwSignal<Option<Snapshot>>,
    /// A message about the link's or the stored code (damaged, too long).
    code_note: RwSignal<Option<String>>,
    /// The parameters the editor's text was last rendered or patched at (a refused value in
    /// between does not count), the baseline that tells an edit from the template.
    base: StoredValue<Option<Params>>,
    /// Presses from the link, replayed by the first run only.
    script: StoredValue<Vec<(String, i64)>>,
    /// The first run (when the card opens) is not the learner's.
    opened: StoredValue<bool>,
    /// The card came near the viewport with the browser idle: time for its opening run.
    woken: RwSignal<bool>,
    /// The terminal shows the example's default output from its golden file (no run yet).
    golden: StoredValue<bool>,
    /// Keep the URL a share link (not before the learner changes something, unless the card
    /// was opened from a link).
    user_changed: StoredValue<bool>,
}

impl Card {
    /// The template's rendering at `p` (`None` on the playground).
    fn render(&self, p: &Params) -> Option<String> {
        (!self.play).then(|| self.ex.render(p).ok().map(|r| r.source)).flatten()
    }

    /// Whether `src` is an edit (not the template at the parameters it was made at).
    fn is_edit(&self, src: &str) -> bool {
        match self.base.get_value() {
            Some(p) => self.render(&p).is_none_or(|r| r != src),
            None => true,
        }
    }

    /// The storage key of the card's edit.
    fn store_key(&self) -> String {
        if self.play {
            "play".to_string()
        } else {
            self.ex.id.clone()
        }
    }
}

/// Build a card's state from the URL's focus (settings, seed, `code=`), the stored edit and
/// the template.
fn card_state(ex: &'static Example, focus: &Option<Focus>, embed: bool, play: bool) -> Card {
    let mut sets = focus.as_ref().map(|f| f.sets.clone()).unwrap_or_default();
    let extras = take_extras(&mut sets);
    let link_code = share::take_code(&mut sets);
    let starter = sets.iter().position(|(k, _)| k == "starter").map(|i| sets.remove(i).1);
    let stored = if focus.as_ref().is_none_or(|f| f.sets.is_empty()) && link_code.is_none() && starter.is_none() {
        editor_store::load(if play { "play" } else { &ex.id })
    } else {
        None
    };
    if let (Some(s), false) = (&stored, play) {
        sets = s.sets.clone();
    }
    let raw = RwSignal::new(initial_settings(ex, &sets));
    let resolved = Memo::new(move |_| {
        raw.with(|r| ex.resolve(r.iter().map(|(k, v)| (k.as_str(), v.as_str()))))
            .map_err(|e| params::friendly_error(ex, &e.0))
    });
    let mut note = link_code.as_ref().and_then(|r| r.as_ref().err().cloned());
    if let Some(s) = starter.as_deref().filter(|s| starter_code(Some(s)).is_none()) {
        note =
            Some(format!("There is no example `{s}` in this course to start from: here is a small program instead."));
    }
    let code_note = RwSignal::new(note);
    let base = if play {
        starter_code(starter.as_deref()).unwrap_or_else(|| HELLO.to_string())
    } else {
        resolved.get_untracked().ok().and_then(|p| ex.render(&p).ok()).map(|r| r.source).unwrap_or_default()
    };
    let from_template = !matches!((&link_code, &stored), (Some(Ok(_)), _) | (_, Some(_)));
    let at_defaults = !play && from_template && raw.with_untracked(|r| changed_settings(ex, r).is_empty());
    let first = match (link_code, stored) {
        (Some(Ok(c)), _) => c,
        (_, Some(s)) => s.code,
        _ => base,
    };
    let code = RwSignal::new(first.clone());
    let ran = RwSignal::new(first);
    let subject = Memo::new(move |_| {
        let p = resolved.get()?;
        let src = ran.get();
        let edited = play || ex.render(&p).map(|r| r.source != src).unwrap_or(true);
        Ok(Subject::new(ex, p, &src, edited))
    });
    let seed = focus.as_ref().and_then(|f| f.seed).unwrap_or(1);
    let opts = RunOpts::new(ex, &extras);
    let term = Term::new();
    let golden = at_defaults && opts.url_sets().is_empty();
    let golden = golden && show_golden(ex, seed, opts.race.get_untracked(), term);
    Card {
        ex,
        play,
        embed,
        ctx: use_context::<AppCtx>(),
        raw,
        resolved,
        code,
        ran,
        subject,
        changed: RwSignal::new(Vec::new()),
        seed: RwSignal::new(seed),
        opts,
        term,
        explain: RwSignal::new(Vec::new()),
        shared: RwSignal::new(None),
        snap: RwSignal::new(None),
        code_note,
        base: StoredValue::new(resolved.get_untracked().ok()),
        script: StoredValue::new(extras.presses.clone()),
        opened: StoredValue::new(false),
        woken: RwSignal::new(false),
        golden: StoredValue::new(golden),
        user_changed: StoredValue::new(focus.is_some()),
    }
}

thread_local! {
    /// Each example's default output as the pre-rendered page showed it (by example id), kept
    /// when the app takes the page over (the site's wasm carries no golden files).
    static PRERENDERED: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

/// Keep the default outputs the pre-rendered cards under `root` show (`section#ex-<id>
/// pre.terminal`), for the app's cards to show until they run.
pub fn keep_prerendered_outputs(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("section.example-card pre.terminal") else { return };
    for i in 0..list.length() {
        let Some(pre) = list.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(sec) = pre.closest("section.example-card").ok().flatten() else { continue };
        if let Some(id) = sec.id().strip_prefix("ex-") {
            let text = pre.text_content().unwrap_or_default();
            PRERENDERED.with(|m| m.borrow_mut().insert(id.to_string(), text));
        }
    }
}

/// The example's default output at `seed` (the pre-rendered page's, else its golden file's).
fn default_output(ex: &Example, seed: u64, race: bool) -> Option<Vec<Line>> {
    let kept = (seed == 1).then(|| PRERENDERED.with(|m| m.borrow().get(&ex.id).cloned())).flatten();
    if let Some(text) = kept {
        return Some(output::from_text(&text));
    }
    let g = ex.golden.iter().find(|g| g.set.is_empty() && g.seed == seed)?;
    Some(output::golden(race, &g.stdout, &g.report, g.status))
}

/// Put the example's default output in the terminal, as the pre-rendered page shows it;
/// false if there is none.
fn show_golden(ex: &Example, seed: u64, race: bool, term: Term) -> bool {
    let Some(lines) = default_output(ex, seed, race) else { return false };
    term.lines.set(lines);
    true
}

/// A course example's source at its defaults, for the playground's starters.
pub fn starter_code(id: Option<&str>) -> Option<String> {
    let ex = super::course().example(id?)?;
    ex.render(&ex.defaults()).ok().map(|r| r.source)
}

/// The link settings for what is on screen: changed parameters, `-race` / GOMAXPROCS, a live
/// run's button presses, and the edited code (when the link stays under the limit).
fn link_sets(c: Card, with_code: bool) -> Vec<(String, String)> {
    let mut sets = if c.play { Vec::new() } else { c.raw.with_untracked(|r| changed_settings(c.ex, r)) };
    sets.extend(c.opts.url_sets());
    let presses = c.term.presses.with_value(|p| format_presses(p));
    if !presses.is_empty() {
        sets.push(("press".to_string(), presses));
    }
    if with_code && c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.edited)) {
        sets.push(("code".to_string(), share::pack(&c.ran.get_untracked())));
    }
    sets
}

/// The card's link (a hash) for settings and a seed.
fn href(c: Card, sets: &[(String, String)], seed: u64) -> String {
    match (c.play, c.embed) {
        (true, _) => play_href(c.embed, sets, seed),
        (false, true) => embed_example_href(&c.ex.id, sets, seed),
        (false, false) => example_href(&c.ex.lesson, &c.ex.id, sets, seed),
    }
}

/// The link for what is on screen, with the code when it fits (else `Err(link without the
/// code, the length the code would have made it)`).
fn share_link(c: Card) -> Result<String, (String, usize)> {
    let seed = c.seed.get_untracked();
    let full = href(c, &link_sets(c, true), seed);
    if full.len() <= share::MAX_LINK {
        Ok(full)
    } else {
        Err((href(c, &link_sets(c, false), seed), full.len()))
    }
}

/// Start a run of what the card runs now. `by_learner`: the learner asked for it, so it
/// counts in their progress (the run a card makes when it opens does not).
fn run(c: Card, by_learner: bool) {
    let Ok(sub) = c.subject.get_untracked() else { return };
    let g = c.term.start(c.opts.race.get_untracked());
    c.shared.set(None);
    c.explain.set(Vec::new());
    if let (Some(ctx), true, false) = (c.ctx, by_learner, c.play) {
        mark_ran(ctx, &c.ex.id);
    }
    let opts = c.opts.options(c.seed.get_untracked());
    let rt = match sub.runtime(&opts) {
        Ok(rt) => rt,
        Err(e) => {
            // Go's compile errors, as `go run` prints them (and under their lines).
            c.term.push(e.lines().map(|l| Line::new(0, Kind::Stderr, l.to_string())));
            c.term.running.set(false);
            return;
        }
    };
    if !c.ex.controls.is_empty() {
        let presses = if by_learner { Vec::new() } else { c.script.get_value() };
        c.term.live(g, rt, presses);
        return;
    }
    // The opening run over the default output already shown: its lines replace those at once.
    let quiet = !by_learner && c.golden.get_value();
    c.golden.set_value(false);
    run_sliced(c, g, rt, quiet);
}

/// Run `rt` to its end in slices of [`SLICE_MS`], the page answering in between, unless run
/// `g` is replaced first (Stop, a new run, the card gone). A run that ends within its first
/// slice (almost all) is played as a whole; a longer one shows its output as it comes.
fn run_sliced(c: Card, g: u64, mut rt: Runtime, quiet: bool) {
    if run_slice(&mut rt) {
        return finish(c, g, rt, quiet);
    }
    spawn_local(async move {
        let mut shown = 0;
        let mut pushed = f64::NEG_INFINITY;
        loop {
            // The new output, a few times a second (each push redraws the terminal).
            if now_ms() - pushed >= SHOW_EVERY_MS {
                let ws = rt.writes_from(shown);
                shown += ws.len();
                c.term.push(output::writes(&ws));
                pushed = now_ms();
            }
            TimeoutFuture::new(0).await;
            if !c.term.current(g) {
                return;
            }
            if run_slice(&mut rt) {
                break;
            }
        }
        // The whole transcript at once, in place of the lines shown as they came.
        c.term.lines.update(|l| l.truncate(1));
        finish(c, g, rt, true);
    });
}

/// How often a long run's new output is shown, in milliseconds.
const SHOW_EVERY_MS: f64 = 100.0;

/// Step `rt` for about [`SLICE_MS`]; true once the program is over.
fn run_slice(rt: &mut Runtime) -> bool {
    let t0 = now_ms();
    loop {
        rt.pause_after(SLICE_OPS);
        if rt.step() == Step::Done {
            return true;
        }
        if now_ms() - t0 >= SLICE_MS {
            return false;
        }
    }
}

/// Runtime operations between two looks at the clock within one goroutine's turn (a loop
/// that never blocks still lets the page answer): a millisecond or so of work.
const SLICE_OPS: u64 = 4_000;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// Show a finished run: its explanations, and its transcript played at its virtual times
/// (all at once with `instant`).
fn finish(c: Card, g: u64, rt: Runtime, instant: bool) {
    let o = rt.outcome();
    let mut named = output::named_lines(&o);
    named.extend(o.explanations.iter().map(|e| e.line).filter(|l| *l > 0));
    c.explain.set(o.explanations.clone());
    c.term.play(g, style_races(output::transcript(&o)), named, instant);
}

/// One job: run whenever what the card runs, the seed or a run option changes, and keep the
/// URL a share link for what is on screen. Not when the card mounts: the opening run waits
/// until the card is near the viewport and the browser idle (`woken`), unless the learner
/// changes something first (then that run is theirs).
fn run_on_change(c: Card) {
    Effect::new(move |prev: Option<()>| {
        c.seed.track();
        c.opts.track();
        let woken = c.woken.get();
        let bad = c.subject.with(|s| s.is_err());
        if prev.is_none() && !woken && !bad {
            return;
        }
        let by_learner = c.opened.get_value() || !woken;
        if !c.opened.get_value() && by_learner {
            c.user_changed.set_value(true);
        }
        c.opened.set_value(true);
        if bad {
            c.term.note("not run: fix the parameter above first");
            return;
        }
        run(c, by_learner);
        // (Not after the opening run, which comes later than the page: the link stays as it
        // came, with its button presses to replay, and the tools may have made it theirs.)
        if !c.embed && c.user_changed.get_value() && by_learner {
            set_hash_quietly(&share_link(c).unwrap_or_else(|(short, _)| short));
        }
        c.user_changed.set_value(true);
    });
}

/// One job: wake the card for its opening run once it is near the viewport and the browser
/// is idle (unless the learner made it run already).
fn wake_when_near(c: Card, node: NodeRef<leptos::html::Section>) {
    let armed = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if armed.get_value() {
            return;
        }
        armed.set_value(true);
        // Idle moments of their own: warm the checker for the program's imports (one package
        // each), compile the program, then run it.
        super::card_idle::when_near_and_idle(&el, move || {
            if c.opened.try_get_value() != Some(false) {
                return;
            }
            let imports = c.code.try_with_untracked(|s| super::card_warm::imports_of(s)).unwrap_or_default();
            super::card_warm::warm_then(imports, move || {
                if c.opened.try_get_value() != Some(false) {
                    return;
                }
                c.subject.try_with_untracked(|s| s.as_ref().is_ok_and(|s| s.program().is_ok()));
                super::card_idle::when_idle(move || {
                    if c.opened.try_get_value() == Some(false) {
                        _ = c.woken.try_set(true);
                    }
                });
            });
        });
    });
}

/// One job: keep the edit in `localStorage` (forgotten once it is the template again).
fn store_edits(c: Card) {
    Effect::new(move |prev: Option<()>| {
        let code = c.code.get();
        c.raw.track();
        if prev.is_none() {
            return;
        }
        let key = c.store_key();
        let edit = c.is_edit(&code).then(|| editor_store::Stored { code, sets: c.raw.get_untracked() });
        editor_store::save(&key, edit.as_ref());
    });
}

/// One job (embeds only): post each finished run's result to the parent page as
/// `{"type":"chanlab:run","example","status","stdout"}`, as the quiz embed posts its score.
fn post_results(c: Card) {
    let posted = StoredValue::new(0u32);
    Effect::new(move |_| {
        let (running, runs) = (c.term.running.get(), c.term.runs.get());
        if !running && runs > posted.get_value() {
            posted.set_value(runs);
            let lines = c.term.lines.get_untracked();
            let status = lines
                .iter()
                .rev()
                .find_map(|l| l.text.strip_prefix("exit status ").filter(|_| l.kind == Kind::Status))
                .and_then(|n| n.parse::<i32>().ok())
                .unwrap_or(if c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.program().is_err())) {
                    1
                } else {
                    0
                });
            let stdout: Vec<&str> = lines.iter().filter(|l| l.kind == Kind::Stdout).map(|l| l.text.as_str()).collect();
            let msg = serde_json::json!({"type": "chanlab:run", "example": c.ex.id, "status": status, "stdout": stdout.join("\n")});
            super::post_to_parent(&msg.to_string());
        }
    });
}

/// Set a parameter: clamp those whose range it bounds; re-render the source, or patch the
/// change into the learner's edit (a detached knob is disabled, so its change never lands).
fn set_param(c: Card, name: String, value: String) {
    let before = c.base.get_value();
    let code = c.code.get_untracked();
    let was_edit = c.is_edit(&code);
    let old_raw = c.raw.get_untracked();
    let label = c.ex.param(&name).map(params::label).unwrap_or_else(|| name.clone());
    c.raw.update(|r| {
        if let Some(slot) = r.iter_mut().find(|(k, _)| *k == name) {
            slot.1 = value;
        }
        params::clamp_dependents(c.ex, r, &name);
    });
    let Ok(now) = c.resolved.get_untracked() else { return };
    let Some(new) = c.render(&now) else { return };
    let patched = match (&before, was_edit) {
        (Some(old), true) => c.render(old).and_then(|old| editor_knobs::patch(&old, &new, &code)),
        _ => Some((new.clone(), changed_lines(&c.ran.get_untracked(), &new))),
    };
    match patched {
        Some((src, lines)) => {
            c.base.set_value(Some(now));
            c.changed.set(lines);
            c.code.set(src.clone());
            c.ran.set(src);
        }
        None => {
            // The edit no longer holds the lines this value changes: keep code and knob as they were.
            c.raw.set(old_raw);
            c.code_note
                .set(Some(format!("{label}: you edited the lines it sets. Reset to the example to use it again.")));
        }
    }
}

/// The parameters whose lines the learner's edit no longer holds (their knobs detach).
fn detached(c: Card) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let code = c.code.get();
        let Ok(p) = c.resolved.get() else { return Vec::new() };
        let Some(base) = c.render(&p) else { return Vec::new() };
        if base == code {
            return Vec::new();
        }
        c.ex.params
            .iter()
            .filter(|spec| {
                let alt = other_value(c.ex, spec, &p);
                let moved = alt.and_then(|a| c.render(&a)).filter(|r| *r != base);
                moved.is_some_and(|r| editor_knobs::patch(&base, &r, &code).is_none())
            })
            .map(|s| s.name.clone())
            .collect()
    })
}

/// The parameters with `spec` set to another valid value (to see which lines it sets).
fn other_value(ex: &Example, spec: &crate::course::data::ParamSpec, p: &Params) -> Option<Params> {
    use crate::course::Value;
    let mut q = p.clone();
    let v = match p.0.get(&spec.name)? {
        Value::Bool(b) => Value::Bool(!b),
        Value::Choice(c) => Value::Choice(spec.choices.iter().find(|x| *x != c)?.clone()),
        Value::Int(n) => {
            let (lo, hi) = ex.range(spec, p);
            Value::Int(if *n < hi {
                n + 1
            } else if *n > lo {
                n - 1
            } else {
                return None;
            })
        }
    };
    q.0.insert(spec.name.clone(), v);
    ex.validate(&q).ok().map(|_| q)
}

/// Put the example's own source back (at the current parameters).
fn reset(c: Card) {
    let Ok(p) = c.resolved.get_untracked() else { return };
    let Some(src) = c.render(&p) else { return };
    c.base.set_value(Some(p));
    c.changed.set(Vec::new());
    c.code_note.set(None);
    c.code.set(src.clone());
    c.ran.set(src);
    editor_store::save(&c.store_key(), None);
}

/// Run the editor's text (the Run button, Ctrl+Enter): a new source re-runs every tool.
fn run_edit(c: Card) {
    // (The learner's run: the card's opening run is not needed any more.)
    c.opened.set_value(true);
    let code = c.code.get_untracked();
    if c.ran.get_untracked() != code {
        c.changed.set(Vec::new());
        c.ran.set(code);
    } else if c.resolved.with_untracked(|r| r.is_ok()) {
        run(c, true);
    }
}

/// Format the editor's text with gofmt; gofmt's error becomes a note under the editor.
fn format_code(c: Card) {
    match crate::golang::format::source(&c.code.get_untracked()) {
        Ok(s) => {
            c.code_note.set(None);
            c.code.set(s);
        }
        Err(e) => c.code_note.set(Some(format!("gofmt: {e}"))),
    }
}

/// Compile errors to show under their lines: those of the run, while the editor still holds
/// the source that ran.
fn diags(c: Card) -> Signal<Vec<Diag>> {
    Signal::derive(move || {
        // (Before the first run nothing is compiled.)
        if c.term.runs.get() == 0 || c.code.with(|a| c.ran.with(|b| a != b)) {
            return Vec::new();
        }
        c.subject.with(|s| match s {
            Ok(s) => s.program().as_ref().err().map(|e| parse_diags(e)).unwrap_or_default(),
            Err(_) => Vec::new(),
        })
    })
}

/// One runnable example (or, with `play`, the playground's program). With `lazy` (a lesson's
/// cards), a card is first its static form (source and default output, as the pre-rendered
/// page shows it) and is built in an idle moment of its own, one card per task, so opening a
/// lesson never builds every card in one long task; a card a link points at is built at once.
#[component]
pub fn ExampleCard(
    ex: &'static Example,
    /// Settings, seed and code from the URL.
    #[prop(optional_no_strip)]
    focus: Option<Focus>,
    /// Minimal chrome (inside an iframe).
    #[prop(optional)]
    embed: bool,
    /// The playground: any Go program, no parameters.
    #[prop(optional)]
    play: bool,
    /// Built in an idle moment (see above).
    #[prop(optional)]
    lazy: bool,
) -> impl IntoView {
    let ready = RwSignal::new(!lazy || focus.is_some());
    if !ready.get_untracked() {
        super::card_idle::in_turn(move || _ = ready.try_set(true));
    }
    move || {
        if ready.get() {
            view! { <CardBody ex=ex focus=focus.clone() embed=embed play=play /> }.into_any()
        } else {
            static_card(ex).into_any()
        }
    }
}

/// A card before it is built: its title, summary, source and default output.
fn static_card(ex: &'static Example) -> impl IntoView {
    let source = ex.render(&ex.defaults()).map(|r| r.source).unwrap_or_default();
    let out = default_output(ex, 1, ex.race);
    let text = out.map(|ls| ls.into_iter().map(|l| l.text + "\n").collect::<String>());
    view! {
        <section class="example-card card-waiting" id=format!("ex-{}", ex.id) data-waiting=ex.id.clone()>
            <h2>{ex.title.clone()}</h2>
            <p>{ex.summary.clone()}</p>
            <pre class="code"><code class="language-go">{source}</code></pre>
            {text.map(|t| view! { <pre class="terminal" aria-label="Output at the defaults">{t}</pre> })}
        </section>
    }
}

/// The card itself.
#[component]
fn CardBody(
    ex: &'static Example,
    /// Settings, seed and code from the URL.
    #[prop(optional_no_strip)]
    focus: Option<Focus>,
    /// Minimal chrome (inside an iframe).
    #[prop(optional)]
    embed: bool,
    /// The playground: any Go program, no parameters.
    #[prop(optional)]
    play: bool,
) -> impl IntoView {
    let c = card_state(ex, &focus, embed, play);
    let sched = focus.as_ref().and_then(|f| {
        let mut s = f.sets.clone();
        take_extras(&mut s).sched
    });
    run_on_change(c);
    let node = NodeRef::<leptos::html::Section>::new();
    wake_when_near(c, node);
    store_edits(c);
    if embed {
        post_results(c);
    }
    let error = move || c.resolved.with(|r| r.as_ref().err().cloned());
    let seed_error = focus.as_ref().and_then(|f| f.bad_seed.clone());
    let keydown = move |e: web_sys::KeyboardEvent| {
        if e.key() == "Enter" && e.shift_key() {
            e.prevent_default();
            run_edit(c);
        }
    };
    let title_id = format!("t-{}", ex.id);
    let card_id = format!("ex-{}", ex.id);
    let link = Callback::new(move |(sets, seed): (Vec<(String, String)>, u64)| {
        let mut sets = sets;
        if c.subject.with_untracked(|s| s.as_ref().is_ok_and(|s| s.edited)) {
            sets.push(("code".to_string(), share::pack(&c.ran.get_untracked())));
        }
        href(c, &sets, seed)
    });
    view! {
        <section node_ref=node class="card" class:embed=embed class:play=play id=card_id.clone() data-example=ex.id.clone()
            aria-labelledby=title_id.clone() on:keydown=keydown>
            {(!play).then(|| view! {
                <header class="card-head">
                    <h2 id=title_id.clone()>{ex.title.clone()}</h2>
                    <p class="summary">{ex.summary.clone()}</p>
                </header>
            })}
            {play.then(|| view! { <h2 class="sr" id=title_id.clone()>"Your program"</h2> })}
            {(!ex.params.is_empty()).then(|| view! {
                <form class="params" on:submit=|e| e.prevent_default() aria-label=format!("Parameters: {}", ex.title)>
                    <ParamControls ex=ex raw=c.raw resolved=c.resolved detached=detached(c)
                        set=Callback::new(move |(n, v)| set_param(c, n, v)) />
                </form>
            })}
            <RunOptsControls ex=ex opts=c.opts />
            {seed_error.map(|s| view! { <p class="error" role="alert">{format!("`seed={s}` in the link is not a number: using seed 1")}</p> })}
            <p class="error" role="alert" hidden=move || error().is_none()>{move || error().unwrap_or_default()}</p>
            <div class="panes">
                <CodePane c=c />
                <TermPane c=c />
            </div>
            <ExplorerPanel id=ex.id.clone() resolved=c.subject opts=c.opts seed=c.seed />
            <SchedulerPanel ex=ex resolved=c.subject opts=c.opts seed=c.seed embed=embed initial=sched
                link_sets=Signal::derive(move || link_sets(c, false)) href=link />
            <super::timeline::Timeline card=card_id.clone() params=c.subject seed=c.seed lines=c.term.lines running=c.term.running
                clock=c.term.clock opts=c.opts snap=c.snap />
        </section>
    }
}

/// The code pane: the editor with its bar (Format, Reset, copy) and notes.
#[component]
fn CodePane(c: Card) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let copy = move |_| {
        copy_text(&c.code.get_untracked(), move |ok| {
            copied.try_set(Some(ok));
            set_timeout(move || _ = copied.try_set(None), std::time::Duration::from_secs(2));
        });
    };
    let edited = move || !c.play && c.code.with(|s| c.is_edit(s));
    // While stepping, the report's lines are those of the run so far (none until it ends).
    let reported = Signal::derive(move || match c.snap.with(|s| s.as_ref().map(|s| s.reported.clone())) {
        Some(r) => r,
        None => c.term.reported.get(),
    });
    let label = if c.play { "Go source of your program".to_string() } else { format!("Go source of {}", c.ex.title) };
    view! {
        <div class="pane code-pane">
            <div class="pane-bar">
                <span>"main.go" {move || edited().then_some(" (edited)")}</span>
                <span class="ed-buttons">
                    <button class="small" on:click=move |_| format_code(c) title="Format the code as gofmt does">"Format"</button>
                    <button class="small ed-reset" hidden=move || !edited() on:click=move |_| reset(c)>"Reset to the example"</button>
                    <button class="small" on:click=copy aria-label="Copy the Go source">
                        {move || match copied.get() {
                            None => "copy",
                            Some(true) => "copied",
                            Some(false) => "copy failed: select the code",
                        }}
                    </button>
                </span>
            </div>
            <CodeEditor code=c.code label=label id=format!("code-{}", c.ex.id) diags=diags(c) reported=reported
                changed=Signal::derive(move || c.changed.get()) on_run=Callback::new(move |_| run_edit(c)) />
            <p class="error code-note" role="alert" hidden=move || c.code_note.with(|n| n.is_none())>
                {move || c.code_note.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The terminal pane: run controls, the output, the share note and the explanations.
#[component]
fn TermPane(c: Card) -> impl IntoView {
    let term = c.term;
    let error = move || c.resolved.with(|r| r.is_err());
    // While stepping, the terminal shows what the program had printed by that step.
    let term_lines = move || {
        let at_step = c.snap.with(|s| s.as_ref().map(|s| (s.k, s.lines.clone())));
        let lines = match at_step {
            Some((k, mut lines)) => {
                lines.insert(0, Line::new(0, Kind::Cmd, output::command(c.opts.race.get_untracked())));
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
    let live = !c.ex.controls.is_empty();
    view! {
        <div class="pane term-pane">
            <div class="pane-bar run-bar" role="toolbar" aria-label="Run controls">
                <button class="primary" on:click=move |_| run_edit(c) disabled=error
                    title="Run (Ctrl+Enter or Shift+Enter)">"Run"</button>
                <button on:click=move |_| term.stop() disabled=move || !term.running.get()>"Stop"</button>
                <button on:click=move |_| c.seed.set(random_seed()) disabled=error>"Re-run, new seed"</button>
                <span class="seed">"seed " <output>{move || c.seed.get()}</output></span>
                <label class="speed">
                    <span class="sr">"Speed"</span>
                    <select aria-label="Playback speed" on:change=move |e| term.speed.set(Speed::from_key(&event_target_value(&e)))>
                        {Speed::ALL.into_iter().map(|s| view! {
                            <option value=s.key() selected=s == Speed::One>{s.label()}</option>
                        }).collect_view()}
                    </select>
                </label>
                {live_buttons(c)}
                <button class="small" on:click=move |_| share(c) aria-label="Copy a link to this run">"share"</button>
            </div>
            <div class="terminal" role="log" aria-live="polite" aria-label="Program output"
                class:running=move || term.running.get() data-runs=move || term.runs.get()
                data-stepping=move || c.snap.with(|s| s.is_some()).to_string()>{term_lines}</div>
            <ShareNote shared=c.shared live=live />
            <Explanations card_id=format!("ex-{}", c.ex.id) items=c.explain
                running=Signal::derive(move || term.running.get() || c.snap.with(|s| s.is_some())) />
        </div>
    }
}

/// Copy a link to what is on screen; the share note says how it went (or that the code is
/// too long for a link).
fn share(c: Card) {
    // (Links are paths from the host: `/course/lesson/x/?ex=…`.)
    let base = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let (h, too_long) = match share_link(c) {
        Ok(h) => (h, None),
        Err((h, n)) => (h, Some(n)),
    };
    let url = format!("{base}{h}");
    let u2 = url.clone();
    copy_text(&url, move |ok| {
        _ = c.shared.try_set(Some(match (too_long, ok) {
            (Some(n), _) => Shared::TooLong(n),
            (None, true) => Shared::Copied,
            (None, false) => Shared::Blocked(u2),
        }))
    });
}

/// The example's live buttons (such as `cancel()`), pressable while it runs.
fn live_buttons(c: Card) -> impl IntoView {
    let term = c.term;
    c.ex.controls
        .iter()
        .map(|b| {
            let name = b.name.clone();
            view! {
                <button class="live" disabled=move || !term.running.get()
                    on:click=move |_| {
                        term.pending.update_value(|q| q.push(name.clone()));
                        if let Some(ctx) = c.ctx {
                            mark_ran(ctx, &c.ex.id);
                        }
                    }>{b.label.clone()}</button>
            }
        })
        .collect_view()
}
