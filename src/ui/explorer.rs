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
    let n = RwSignal::new(200u64);
    let done = RwSignal::new(0u64);
    let total = RwSignal::new(0u64);
    let rows = RwSignal::new(Vec::<Row>::new());
    let distinct = RwSignal::new(0usize);
    let running = RwSignal::new(false);
    let rate = RwSignal::new(None::<f64>);
    let error = RwSignal::new(None::<String>);
    let gen = StoredValue::new(0u64);

    // New settings: earlier results no longer apply.
    Effect::new(move |_| {
        resolved.track();
        opts.track();
        gen.set_value(gen.get_value() + 1);
        running.set(false);
        rows.set(Vec::new());
        distinct.set(0);
        done.set(0);
        total.set(0);
        rate.set(None);
    });

    let start = move || {
        let Ok(sub) = resolved.get_untracked() else { return };
        let runs = n.get_untracked().clamp(1, 1000);
        let made =
            sub.program().clone().map_err(|e| e.lines().nth(1).unwrap_or("the program does not compile").to_string());
        let made = made.and_then(|prog| {
            let o = opts.options(1);
            Explorer::with_program(sub.ex, sub.params.clone(), o.clone(), sub.config(&o), prog, runs).map_err(|e| e.0)
        });
        let mut e = match made {
            Ok(e) => e,
            Err(err) => {
                error.set(Some(err));
                return;
            }
        };
        error.set(None);
        let g = gen.get_value() + 1;
        gen.set_value(g);
        running.set(true);
        total.set(runs);
        done.set(0);
        rows.set(Vec::new());
        rate.set(None);
        spawn_local(async move {
            let t0 = now_ms();
            loop {
                let s0 = now_ms();
                let mut more = true;
                while more && now_ms() - s0 < SLICE_MS {
                    more = e.run_batch(1);
                }
                let res = e.results();
                distinct.set(res.len());
                rows.set(
                    res.iter()
                        .take(SHOWN)
                        .map(|c| Row {
                            label: label(&c.stdout, c.status, &c.report_line),
                            count: c.count,
                            seed: c.seed(),
                        })
                        .collect(),
                );
                done.set(e.progress().0);
                if !more {
                    // A rate from a fraction of a second of work says nothing: shown only
                    // when the exploration took long enough to measure.
                    let secs = (now_ms() - t0) / 1000.0;
                    rate.set((secs >= MIN_RATE_SECS).then(|| e.progress().0 as f64 / secs));
                    running.set(false);
                    return;
                }
                TimeoutFuture::new(0).await;
                // Stopped, replaced, or the card is gone.
                if gen.try_get_value() != Some(g) {
                    return;
                }
            }
        });
    };
    let stop = move || {
        gen.set_value(gen.get_value() + 1);
        running.set(false);
    };

    let bars = move || {
        let all = done.get().max(1);
        rows.get()
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
    };
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
                    on:click=move |_| start()>{move || format!("Explore {} seeds", n.get())}</button>
                <button type="button" class="explore-stop" disabled=move || !running.get() on:click=move |_| stop()>"Stop"</button>
            </div>
            <progress class="explore-progress" max=move || total.get().max(1) value=move || done.get()
                aria-label="Exploration progress"></progress>
            <p class="explore-status" aria-live="polite" data-done=move || done.get() data-distinct=move || distinct.get()
                data-rate=move || rate.get().map(|r| format!("{r:.0}")).unwrap_or_default()>
                {move || {
                    let (d, t, k) = (done.get(), total.get(), distinct.get());
                    if t == 0 {
                        "Run the program under many schedules (seeds) and count the different outcomes.".to_string()
                    } else {
                        let r = rate.get().map(|r| format!(" · {r:.0} runs/s")).unwrap_or_default();
                        format!("{d}/{t} runs · {k} distinct outcome{}{r}", if k == 1 { "" } else { "s" })
                    }
                }}
            </p>
            <p class="error" role="alert" hidden=move || error.get().is_none()>{move || error.get().unwrap_or_default()}</p>
            <ul class="histogram" aria-label="Outcomes (pick one to load a seed that produced it)">{bars}</ul>
            <p class="more" hidden=move || distinct.get() <= SHOWN>
                {move || format!("… and {} more outcomes", distinct.get().saturating_sub(SHOWN))}
            </p>
        </details>
    }
}
