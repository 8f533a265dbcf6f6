//! An exercise: the task, the editor ([`super::editor`]) holding the learner's code (the starter at first), the
//! visible tests, "Run tests" (one schedule, `-race -v`), "Check" (visible and hidden tests
//! over many schedules, a slice of seeds per frame, with progress, stopping at the first
//! failing seed, which can be re-run), hints one at a time, the solution on request. The
//! code and whether it passed are kept with the course progress; embedded, the result and
//! the height go to the parent page.

use super::editor::CodeEditor;
use super::editor_html::parse_diags;
use super::exercise_run::{self as xrun, CheckState, Checker};
use super::highlight::code_html;
use super::prose::markdown;
use super::{post_to_parent, AppCtx};
use crate::course::Exercise;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Real time spent running seeds before letting the page draw, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// Delay before edited code is saved, in milliseconds.
const SAVE_AFTER_MS: u64 = 600;

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// Where the exercise is: what the learner last asked for and how it went.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Idle,
    /// Run tests finished: whether the visible tests passed.
    Ran(bool),
    /// The code (with the tests) does not build.
    BuildFailed,
    Checking {
        done: u32,
        total: u32,
    },
    Passed {
        total: u32,
    },
    Failed {
        seed: u64,
        passed_before: u32,
    },
}

impl Status {
    fn text(&self) -> String {
        match self {
            Status::Idle => String::new(),
            Status::Ran(true) => "The visible tests pass on this schedule. Check runs every test on many.".into(),
            Status::Ran(false) => "The visible tests fail: see the output.".into(),
            Status::BuildFailed => "The code does not build: see the output.".into(),
            Status::Checking { done, total } => format!("Checking: {done} of {total} schedules passed…"),
            Status::Passed { total } => format!("✓ Passed: every test, with -race, on all {total} schedules."),
            Status::Failed { seed, passed_before } => {
                format!("✗ Failed on seed {seed} (after {passed_before} passing schedules).")
            }
        }
    }

    fn result(&self) -> &'static str {
        match self {
            Status::Passed { .. } => "passed",
            Status::Failed { .. } | Status::BuildFailed => "failed",
            Status::Checking { .. } => "checking",
            _ => "",
        }
    }
}

/// The handles of one exercise's state.
#[derive(Clone, Copy)]
struct Ctl {
    ex: &'static Exercise,
    code: RwSignal<String>,
    /// The command line and the output of the last run.
    out: RwSignal<(String, String)>,
    status: RwSignal<Status>,
    /// Bumped to cancel a Check in progress.
    gen: StoredValue<u64>,
}

impl Ctl {
    fn cancel(self) -> u64 {
        let g = self.gen.get_value() + 1;
        self.gen.set_value(g);
        g
    }

    /// Run the visible tests once, verbosely, on `seed`.
    fn run_tests(self, seed: u64, hidden: bool) {
        self.cancel();
        let code = self.code.get_untracked();
        let cmd = xrun::command(seed);
        match xrun::build(self.ex, &code, hidden) {
            Err(e) => {
                self.out.set((cmd, e));
                self.status.set(Status::BuildFailed);
            }
            Ok(p) => {
                let run = p.run(&xrun::options(seed));
                self.out.set((cmd, run.output));
                if !hidden {
                    self.status.set(Status::Ran(run.passed));
                }
            }
        }
    }

    /// Check: every test on seeds 1..=N, a slice per frame, until one fails.
    fn check(self) {
        let g = self.cancel();
        let mut checker = match Checker::new(self.ex, &self.code.get_untracked()) {
            Ok(c) => c,
            Err(e) => {
                self.out.set((xrun::command(1), e));
                self.status.set(Status::BuildFailed);
                return;
            }
        };
        self.status.set(Status::Checking { done: 0, total: xrun::seeds(self.ex) });
        spawn_local(async move {
            loop {
                TimeoutFuture::new(0).await;
                if self.gen.try_get_value() != Some(g) {
                    return;
                }
                let t0 = now_ms();
                match checker.slice(|| now_ms() - t0 < SLICE_MS) {
                    CheckState::Running { done, total } => self.status.set(Status::Checking { done, total }),
                    CheckState::Passed { total } => return self.status.set(Status::Passed { total }),
                    CheckState::Failed { seed, passed_before, output } => {
                        self.out.set((xrun::command(seed), output));
                        return self.status.set(Status::Failed { seed, passed_before });
                    }
                }
            }
        });
    }
}

/// Keep the learner's code (a moment after the last change); storage failures are ignored.
fn keep_code(ctx: Option<AppCtx>, ex: &'static Exercise, code: RwSignal<String>) {
    let Some(ctx) = ctx else { return };
    let edits = StoredValue::new(0u64);
    Effect::new(move |first: Option<()>| {
        let text = code.get();
        if first.is_none() {
            return;
        }
        let n = edits.get_value() + 1;
        edits.set_value(n);
        set_timeout(
            move || {
                if edits.try_get_value() == Some(n) {
                    super::save_exercise(ctx, &ex.id, |s| s.code = Some(text));
                }
            },
            std::time::Duration::from_millis(SAVE_AFTER_MS),
        );
    });
}

/// Record how each Check ended; a pass also keeps the code that passed.
fn record_result(ctx: Option<AppCtx>, ctl: Ctl) {
    let Some(ctx) = ctx else { return };
    Effect::new(move |_| match ctl.status.get() {
        Status::Passed { .. } => {
            let code = ctl.code.get_untracked();
            super::save_exercise(ctx, &ctl.ex.id, |s| {
                s.passed = true;
                s.last = Some("passed".into());
                s.code = Some(code);
            });
        }
        Status::Failed { seed, .. } => {
            super::save_exercise(ctx, &ctl.ex.id, |s| s.last = Some(format!("failed on seed {seed}")))
        }
        _ => {}
    });
}

/// Embedded: tell the parent page how a Check ended.
fn post_result(ex: &'static Exercise, status: RwSignal<Status>) {
    Effect::new(move |_| {
        let r = status.with(Status::result);
        if r == "passed" || r == "failed" {
            let id = serde_json::Value::String(ex.id.clone());
            post_to_parent(&format!(r#"{{"type":"chanlab:exercise","id":{id},"result":"{r}"}}"#));
        }
    });
}

/// The task without its `# Title` line (the exercise shows its title itself).
fn task_body(md: &str) -> &str {
    let t = md.trim_start();
    match t.strip_prefix("# ") {
        Some(rest) => rest.split_once('\n').map_or("", |(_, body)| body),
        None => md,
    }
}

/// Lines of `main.go` a run's output names (`main.go:12`, in race reports, panics and
/// failures), for the editor to mark.
pub fn named_lines(output: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for (i, _) in output.match_indices("main.go:") {
        let before = output[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let digits: String = output[i + 8..].chars().take_while(char::is_ascii_digit).collect();
        if let Ok(n) = digits.parse::<u32>() {
            if n > 0 && !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// The learner's code in the editor: compile errors under their lines, lines a failing run
/// names marked; Ctrl/Cmd+Enter runs the tests.
#[component]
fn Code(ctl: Ctl) -> impl IntoView {
    let diags = Signal::derive(move || match ctl.status.get() {
        Status::BuildFailed => ctl.out.with(|o| parse_diags(&o.1)),
        _ => Vec::new(),
    });
    let reported = Signal::derive(move || match ctl.status.get() {
        Status::Failed { .. } | Status::Ran(false) => ctl.out.with(|o| named_lines(&o.1)),
        _ => Vec::new(),
    });
    let run = Callback::new(move |_| ctl.run_tests(super::random_seed(), false));
    view! {
        <CodeEditor code=ctl.code label=format!("Your code for “{}”: main.go", ctl.ex.title) id=format!("code-{}", ctl.ex.id)
            diags=diags reported=reported on_run=run />
    }
}

/// Hints, revealed one at a time.
#[component]
fn Hints(hints: &'static [String]) -> impl IntoView {
    let shown = RwSignal::new(0usize);
    let n = hints.len();
    let list = move || {
        hints[..shown.get()].iter().map(|h| view! { <li class="prose" inner_html=markdown(h)></li> }).collect_view()
    };
    (n > 0).then(|| {
        view! {
            <div class="hints">
                <ol class="hint-list" aria-live="polite">{list}</ol>
                <button type="button" class="hint-next" hidden=move || { shown.get() >= n }
                    on:click=move |_| shown.update(|s| *s = (*s + 1).min(n))>
                    {move || format!("Show hint {} of {n}", shown.get() + 1)}
                </button>
            </div>
        }
    })
}

/// The solution on request: asked to confirm, since it replaces the learner's code.
#[component]
fn Solution(ctl: Ctl) -> impl IntoView {
    let asking = RwSignal::new(false);
    let replace = move |_| {
        asking.set(false);
        ctl.cancel();
        ctl.code.set(ctl.ex.solution.clone());
        ctl.status.set(Status::Idle);
    };
    view! {
        <div class="solution">
            <button type="button" class="show-solution" hidden=move || asking.get() on:click=move |_| asking.set(true)>
                "Show the solution…"
            </button>
            <div class="confirm" role="group" aria-label="Replace your code?" hidden=move || !asking.get()>
                <span>"Replace your code with the solution? Your code is lost."</span>
                <button type="button" class="confirm-yes" on:click=replace>"Replace my code"</button>
                <button type="button" class="confirm-no" on:click=move |_| asking.set(false)>"Cancel"</button>
            </div>
        </div>
    }
}

/// Run tests, Check, Stop, and the progress of a Check.
#[component]
fn Controls(ctl: Ctl) -> impl IntoView {
    let checking = move || matches!(ctl.status.get(), Status::Checking { .. });
    let progress = move || match ctl.status.get() {
        Status::Checking { done, total } => Some((done, total)),
        _ => None,
    };
    view! {
        <div class="exercise-bar">
            <button type="button" class="run-tests" disabled=checking on:click=move |_| ctl.run_tests(super::random_seed(), false)>
                "Run tests"
            </button>
            <button type="button" class="primary check" disabled=checking on:click=move |_| ctl.check()>
                {move || format!("Check ({} schedules)", xrun::seeds(ctl.ex))}
            </button>
            <button type="button" class="stop" hidden=move || !checking()
                on:click=move |_| { ctl.cancel(); ctl.status.set(Status::Idle); }>"Stop"</button>
            {move || progress().map(|(d, t)| view! {
                <progress class="check-progress" max=t value=d aria-label="Schedules checked"></progress>
            })}
        </div>
    }
}

/// The verdict, and a way to re-run a failing seed.
#[component]
fn Verdict(ctl: Ctl) -> impl IntoView {
    let failed_seed = move || match ctl.status.get() {
        Status::Failed { seed, .. } => Some(seed),
        _ => None,
    };
    let ctx = use_context::<AppCtx>();
    let last = move || {
        let last = ctx.and_then(|c| c.progress.with(|p| p.exercises.get(&ctl.ex.id).and_then(|s| s.last.clone())));
        (ctl.status.with(|s| *s == Status::Idle)).then_some(last).flatten().map(|l| format!("Your last Check: {l}."))
    };
    view! {
        <p class="verdict" role="status" aria-live="polite" data-result=move || ctl.status.with(Status::result)
            data-seed=move || failed_seed().map(|s| s.to_string()).unwrap_or_default()>
            {move || ctl.status.with(Status::text)}
            <span class="last">{last}</span>
            {move || failed_seed().map(|s| view! {
                " " <button type="button" class="rerun" on:click=move |_| ctl.run_tests(s, true)>
                    {format!("Re-run seed {s}")}
                </button>
            })}
        </p>
    }
}

/// One exercise. In a lesson it is first its static form (title, task, starter code) and is
/// built in an idle moment of its own (see [`super::card_idle::in_turn`]); an embed at once.
#[component]
pub fn ExerciseView(ex: &'static Exercise, #[prop(optional)] embed: bool) -> impl IntoView {
    let ready = RwSignal::new(embed);
    if !embed {
        super::card_idle::in_turn(move || _ = ready.try_set(true));
    }
    move || {
        if ready.get() {
            view! { <ExerciseBody ex=ex embed=embed /> }.into_any()
        } else {
            view! {
                <article class="exercise exercise-waiting" id=format!("x-{}", ex.id)>
                    <h2>{ex.title.clone()}</h2>
                    <div class="prose task" inner_html=markdown(task_body(&ex.task))></div>
                    <p class="editor-label">"Your code: main.go"</p>
                    <pre class="code"><code>{ex.starter.clone()}</code></pre>
                </article>
            }
            .into_any()
        }
    }
}

/// The exercise itself.
#[component]
fn ExerciseBody(ex: &'static Exercise, embed: bool) -> impl IntoView {
    let ctx = use_context::<AppCtx>();
    let saved = ctx.and_then(|c| c.progress.with_untracked(|p| p.exercises.get(&ex.id).and_then(|s| s.code.clone())));
    let ctl = Ctl {
        ex,
        code: RwSignal::new(saved.unwrap_or_else(|| ex.starter.clone())),
        out: RwSignal::new((String::new(), String::new())),
        status: RwSignal::new(Status::Idle),
        gen: StoredValue::new(0),
    };
    keep_code(ctx, ex, ctl.code);
    record_result(ctx, ctl);
    if embed {
        post_result(ex, ctl.status);
    }
    on_cleanup(move || _ = ctl.gen.try_set_value(u64::MAX));
    let solved = move || ctx.is_some_and(|c| c.progress.with(|p| p.solved(&ex.id)));
    let passed = move || matches!(ctl.status.get(), Status::Passed { .. });
    view! {
        <article class="exercise" id=format!("x-{}", ex.id) data-exercise=ex.id.clone() class:embed=embed>
            <h2>{ex.title.clone()} {move || solved().then(|| view! { <span class="tick" aria-label="solved">" ✓"</span> })}</h2>
            <div class="prose task" inner_html=markdown(task_body(&ex.task))></div>
            <p class="editor-label">"Your code: main.go"</p>
            <Code ctl=ctl />
            <details class="tests">
                <summary>"The tests: main_test.go"</summary>
                <pre class="code" tabindex="0" aria-label="main_test.go (read-only)" inner_html=code_html(&ex.tests, &[], &[])></pre>
            </details>
            <Controls ctl=ctl />
            <Verdict ctl=ctl />
            <pre class="terminal test-output" tabindex="0" aria-label="Test output" hidden=move || ctl.out.with(|o| o.0.is_empty())>
                <span class="cmd">{move || ctl.out.with(|o| o.0.clone())}</span> "\n" {move || ctl.out.with(|o| o.1.clone())}
            </pre>
            {(!ex.hidden_tests.trim().is_empty()).then(|| view! {
                <details class="tests hidden-tests" hidden=move || !passed()>
                    <summary>"The hidden tests: hidden_test.go"</summary>
                    <pre class="code" tabindex="0" inner_html=code_html(&ex.hidden_tests, &[], &[])></pre>
                </details>
            })}
            <Hints hints=&ex.hints />
            <Solution ctl=ctl />
        </article>
    }
}
