//! The schedule explorer panel: run the card's example with its current settings over seeds
//! `1..=N` (in slices of about a frame, so the page stays responsive), show each distinct
//! outcome with its count as a histogram, and load a seed that produced an outcome into the
//! card when the learner picks it.

use super::editor_run::Subject;
use super::runopts::RunOpts;
use crate::course::explore::Explorer;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Real time spent running seeds before yielding to the page, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// Shortest exploration whose runs per second are shown, in seconds.
const MIN_RATE_SECS: f64 = 0.5;
/// Outcomes listed (the rest are counted).
const SHOWN: usize = 40;

/// The page's clock, in milliseconds.
fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// One row of the histogram.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    label: String,
    count: u64,
    seed: u64,
}

/// A histogram row's label: the last lines of output (`…` when there were more), the report
/// line and a non-zero exit status.
fn label(stdout: &str, status: i32, report: &str) -> String {
    let mut lines: Vec<&str> = stdout.lines().collect();
    let more = lines.len() > 4;
    if more {
        lines = lines[lines.len() - 4..].to_vec();
    }
    let mut s = String::new();
    if more {
        s.push_str("… ");
    }
    s.push_str(&lines.join(" ⏎ "));
    if !report.is_empty() {
        if !s.is_empty() {
            s.push_str(" · ");
        }
        s.push_str(report);
    }
    if status != 0 {
        s.push_str(&format!(" · exit {status}"));
    }
    if s.is_empty() {
        s.push_str("(no output, exit 0)");
    }
    s
}

/// The panel's state, shared by its parts (every field is a handle, so it is `Copy`).
#[derive(Clone, Copy)]
struct Exploration {
    /// Seeds to explore.
    n: RwSignal<u64>,
    /// Runs done and runs asked for.
    done: RwSignal<u64>,
    total: RwSignal<u64>,
    /// The most frequent outcomes (at most [`SHOWN`]) and how many distinct ones there are.
    rows: RwSignal<Vec<Row>>,
    distinct: RwSignal<usize>,
    running: RwSignal<bool>,
    /// Runs per second, once an exploration took long enough to measure.
    rate: RwSignal<Option<f64>>,
    error: RwSignal<Option<String>>,
    /// Bumped to stop the exploration under way (a running one checks it between slices).
    gen: StoredValue<u64>,
}

impl Exploration {
    fn new() -> Self {
        Exploration {
            n: RwSignal::new(200u64),
            done: RwSignal::new(0u64),
            total: RwSignal::new(0u64),
            rows: RwSignal::new(Vec::<Row>::new()),
            distinct: RwSignal::new(0usize),
            running: RwSignal::new(false),
            rate: RwSignal::new(None::<f64>),
            error: RwSignal::new(None::<String>),
            gen: StoredValue::new(0u64),
        }
    }

    /// Stop any exploration and forget its results (the settings changed).
    fn clear(self) {
        self.gen.set_value(self.gen.get_value() + 1);
        self.running.set(false);
        self.rows.set(Vec::new());
        self.distinct.set(0);
        self.done.set(0);
        self.total.set(0);
        self.rate.set(None);
    }

    /// Explore the subject's program over seeds `1..=n`, or show why it cannot run.
    fn start(self, resolved: Memo<Result<Subject, String>>, opts: RunOpts) {
        let Ok(sub) = resolved.get_untracked() else { return };
        let runs = self.n.get_untracked().clamp(1, 1000);
        let e = match explorer(&sub, opts, runs) {
            Ok(e) => e,
            Err(err) => {
                self.error.set(Some(err));
                return;
            }
        };
        self.error.set(None);
        let g = self.gen.get_value() + 1;
        self.gen.set_value(g);
        self.running.set(true);
        self.total.set(runs);
        self.done.set(0);
        self.rows.set(Vec::new());
        self.rate.set(None);
        spawn_local(self.run(e, g));
    }

    /// Run exploration `g` in slices of about [`SLICE_MS`], showing the results after each,
    /// until it is done or stopped.
    async fn run(self, mut e: Explorer, g: u64) {
        let t0 = now_ms();
        loop {
            let s0 = now_ms();
            let mut more = true;
            while more && now_ms() - s0 < SLICE_MS {
                more = e.run_batch(1);
            }
            self.show(&e);
            if !more {
                // A rate from a fraction of a second of work says nothing: shown only
                // when the exploration took long enough to measure.
                let secs = (now_ms() - t0) / 1000.0;
                self.rate.set((secs >= MIN_RATE_SECS).then(|| e.progress().0 as f64 / secs));
                self.running.set(false);
                return;
            }
            TimeoutFuture::new(0).await;
            // Stopped, replaced, or the card is gone.
            if self.gen.try_get_value() != Some(g) {
                return;
            }
        }
    }

    /// The results so far: distinct outcomes, the histogram's rows, runs done.
    fn show(self, e: &Explorer) {
        let res = e.results();
        self.distinct.set(res.len());
        self.rows.set(
            res.iter()
                .take(SHOWN)
                .map(|c| Row { label: label(&c.stdout, c.status, &c.report_line), count: c.count, seed: c.seed() })
                .collect(),
        );
        self.done.set(e.progress().0);
    }

    fn stop(self) {
        self.gen.set_value(self.gen.get_value() + 1);
        self.running.set(false);
    }
}

/// An explorer of `runs` seeds for the subject's program at the card's run options, or the
/// first line of the compile error.
fn explorer(sub: &Subject, opts: RunOpts, runs: u64) -> Result<Explorer, String> {
    let prog =
        sub.program().clone().map_err(|e| e.lines().nth(1).unwrap_or("the program does not compile").to_string())?;
    let o = opts.options(1);
    Explorer::with_program(sub.ex, sub.params.clone(), o.clone(), sub.config(&o), prog, runs).map_err(|e| e.0)
}

/// The explorer panel.
#[component]
pub fn ExplorerPanel(
    /// The card's id (for element ids).
    id: String,
    /// What the card runs (the example at its settings, or the learner's edit).
    resolved: Memo<Result<Subject, String>>,
    opts: RunOpts,
    /// The card's seed: picking an outcome loads one of its seeds.
    seed: RwSignal<u64>,
) -> impl IntoView {
    let x = Exploration::new();
    let Exploration { n, done, total, distinct, running, rate, error, .. } = x;
    // New settings: earlier results no longer apply.
    Effect::new(move |_| {
        resolved.track();
        opts.track();
        x.clear();
    });
    let nid = format!("explore-n-{id}");
    view! {
        <details class="explorer" data-explorer=id.clone()>
            <summary>"Schedule explorer"</summary>
            <div class="explorer-bar">
                <label for=nid.clone()>"Seeds"</label>
                <input type="number" id=nid.clone() min="1" max="1000" aria-label="Number of seeds to explore"
                    prop:value=move || n.get().to_string()
                    on:input=move |e| n.set(event_target_value(&e).parse::<u64>().unwrap_or(200).clamp(1, 1000)) />
                <button type="button" class="primary explore-go" disabled=move || running.get() || resolved.with(|r| r.is_err())
                    on:click=move |_| x.start(resolved, opts)>{move || format!("Explore {} seeds", n.get())}</button>
                <button type="button" class="explore-stop" disabled=move || !running.get() on:click=move |_| x.stop()>"Stop"</button>
            </div>
            <progress class="explore-progress" max=move || total.get().max(1) value=move || done.get()
                aria-label="Exploration progress"></progress>
            <p class="explore-status" aria-live="polite" data-done=move || done.get() data-distinct=move || distinct.get()
                data-rate=move || rate.get().map(|r| format!("{r:.0}")).unwrap_or_default()>
                {move || status(x)}
            </p>
            <p class="error" role="alert" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
            <ul class="histogram" aria-label="Outcomes (pick one to load a seed that produced it)">{move || bars(x, seed)}</ul>
            <p class="more" hidden=move || distinct.get() <= SHOWN>
                {move || format!("… and {} more outcomes", distinct.get().saturating_sub(SHOWN))}
            </p>
        </details>
    }
}

/// The status line: what the explorer does, or how far it got.
fn status(x: Exploration) -> String {
    let (d, t, k) = (x.done.get(), x.total.get(), x.distinct.get());
    if t == 0 {
        "Run the program under many schedules (seeds) and count the different outcomes.".to_string()
    } else {
        let r = x.rate.get().map(|r| format!(" · {r:.0} runs/s")).unwrap_or_default();
        format!("{d}/{t} runs · {k} distinct outcome{}{r}", if k == 1 { "" } else { "s" })
    }
}

/// The histogram: one bar per outcome, a button that loads one of its seeds into the card.
fn bars(x: Exploration, seed: RwSignal<u64>) -> impl IntoView {
    let all = x.done.get().max(1);
    x.rows
        .get()
        .into_iter()
        .map(|r| {
            let pct = r.count as f64 * 100.0 / all as f64;
            let s = r.seed;
            view! {
                <li>
                    <button type="button" class="outcome" data-seed=s
                        title=format!("Load seed {s} in the card")
                        aria-label=format!("{} runs: {}. Load seed {s}", r.count, r.label)
                        on:click=move |_| seed.set(s)>
                        <span class="bar" style=format!("width:{pct:.1}%")></span>
                        <span class="count">{r.count.to_string()}</span>
                        <span class="olabel">{r.label.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view()
}
