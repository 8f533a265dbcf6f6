//! The example card: parameter controls, the Go source in the editor (changed lines, lines a
//! report names and compile errors marked), the terminal that plays a run at its virtual
//! times, the run controls, and the tools (timeline and stepping, explorer, "you are the
//! scheduler"), all on the source on screen: the template's rendering or the learner's edit.
//! This file is the component, top to bottom; its parts live beside it:
//!
//! - [`super::card_state`]: the state the card's parts share, built from the URL and storage;
//! - [`super::card_golden`]: the default output shown before the first run;
//! - [`super::card_effects`]: its background jobs, one Effect each;
//! - [`super::card_run`]: runs, computed in slices; [`super::card_share`]: its links;
//! - [`super::card_edit`]: parameters, reset, run, format, compile errors.
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

use super::card_edit::{detached, diags, format_code, reset, run_edit, set_param};
use super::card_effects::{post_results, run_on_change, store_edits, wake_when_near};
use super::card_golden::default_output;
use super::card_params::ParamControls;
use super::card_share::{copy_link, href_with_code, link_sets};
use super::card_state::{card_state, Card};
use super::card_term::ShareNote;
use super::editor::CodeEditor;
use super::explain::Explanations;
use super::explorer::ExplorerPanel;
use super::manual::SchedulerPanel;
use super::output::{self, Kind, Line, Speed};
use super::route::Focus;
use super::runopts::{take_extras, RunOptsControls};
use super::{copy_text, mark_ran, random_seed};
use crate::course::Example;
use leptos::prelude::*;

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
    let link = Callback::new(move |(sets, seed): (Vec<(String, String)>, u64)| href_with_code(c, sets, seed));
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
                <button class="small" on:click=move |_| copy_link(c) aria-label="Copy a link to this run">"share"</button>
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
