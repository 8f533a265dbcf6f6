//! `bench/` (not linked from the site): the interpreter's benchmark workloads
//! (benches/go/interp/*.go, the same programs `cargo bench --bench interp` runs natively) run
//! in the browser on the release wasm, timed with `performance.now()`. Each program is built
//! with [`crate::golang::vm::build`] and driven step by step on [`Program::runtime`] in slices
//! of about a frame, so the page stays responsive; only the time inside the slices counts.
//! A workload that never reaches the runtime (a tight loop, `fib`) runs as one slice.
//!
//! The table gives operations per second and the growth of the wasm memory during each run
//! (`WebAssembly.Memory` only grows, so growth is the run's peak beyond what the heap already
//! had free); for `park`, run first on a fresh heap, growth / N is what one parked goroutine
//! costs. `bench/?scale=0.1` shrinks every size; `?only=spawn,loop` picks workloads.
//! tests/e2e/bench.mjs reads the table from its `data-*` attributes.

use crate::golang::vm::build;
use crate::runtime::{Config, Step};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[allow(dead_code)]
mod workloads {
    include!("../../benches/go/interp/workloads.rs");
}
use workloads::{Workload, WORKLOADS};

/// Real time spent stepping a program before yielding to the page, in milliseconds.
const SLICE_MS: f64 = 12.0;
/// The style of a number cell.
const NUM: &str = "text-align: right; padding: 0 0.6em";
/// Scheduling steps between two looks at the clock.
const STEPS_PER_CHECK: u32 = 64;

/// One measured workload.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    name: &'static str,
    unit: &'static str,
    size: i64,
    ops: i64,
    /// Milliseconds inside the slices (runtime set-up and run; the build is not counted).
    ms: f64,
    /// Growth of the wasm memory during the run, in bytes.
    grew: f64,
    /// The first lines of what the program reported when it did not exit 0.
    error: Option<String>,
}

impl Row {
    fn rate(&self) -> f64 {
        if self.ms > 0.0 {
            self.ops as f64 / self.ms * 1e3
        } else {
            0.0
        }
    }
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// The wasm linear memory's size in bytes (`WebAssembly.Memory.buffer.byteLength`).
fn memory_bytes() -> f64 {
    use wasm_bindgen::JsValue;
    let buffer = js_sys::Reflect::get(&wasm_bindgen::memory(), &JsValue::from_str("buffer"));
    buffer
        .and_then(|b| js_sys::Reflect::get(&b, &JsValue::from_str("byteLength")))
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// The options in the page's query: `scale` (size factor) and `only` (workload names).
fn options() -> (f64, Option<Vec<String>>) {
    // `bench/?scale=…` (an old `#/bench?scale=…` link is rewritten to it).
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let query = search.strip_prefix('?');
    let scale = super::route::query_param(query, "scale")
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(1.0);
    let only = super::route::query_param(query, "only").map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    (scale, only)
}

fn wanted(w: &Workload, only: &Option<Vec<String>>) -> bool {
    only.as_ref().is_none_or(|names| names.iter().any(|n| w.name.starts_with(n.as_str())))
}

/// The size of `w` scaled by `scale`: its operations grow with N, except fib's, which grow
/// by the golden ratio per step of N (so its N moves by log_φ(scale)).
fn scaled(w: &Workload, scale: f64) -> i64 {
    let n = w.size() as f64;
    let n = if w.name.starts_with("fib") { n + scale.ln() / 1.618_034f64.ln() } else { n * scale };
    (n.round() as i64).max(1)
}

fn cfg() -> Config {
    Config { max_ops: u64::MAX, first_gid: 1, ..Config::default() }
}

/// Run one workload at size `n` in slices; `ms` counts only the time spent stepping.
async fn measure(w: Workload, n: i64) -> Row {
    let mut row = Row { name: w.name, unit: w.unit, size: n, ops: (w.ops)(n), ms: 0.0, grew: 0.0, error: None };
    let prog = match build(&[("main.go", &w.source(n))]) {
        Ok(p) => p,
        Err(e) => {
            row.error = Some(e.lines().take(3).collect::<Vec<_>>().join(" | "));
            return row;
        }
    };
    let before = memory_bytes();
    let t0 = now_ms();
    let mut rt = prog.runtime(cfg(), Vec::new());
    let mut done = false;
    let mut slice_start = t0;
    loop {
        for _ in 0..STEPS_PER_CHECK {
            if rt.step() == Step::Done {
                done = true;
                break;
            }
        }
        let t = now_ms();
        if done {
            row.ms += t - slice_start;
            break;
        }
        if t - slice_start >= SLICE_MS {
            row.ms += t - slice_start;
            TimeoutFuture::new(0).await;
            slice_start = now_ms();
        }
    }
    row.grew = memory_bytes() - before;
    let out = rt.outcome();
    if out.status != 0 {
        row.error = Some(out.stderr.lines().take(3).collect::<Vec<_>>().join(" | "));
    }
    row
}

/// Thousands separators: 1234567 → "1,234,567".
fn group(v: f64) -> String {
    let s = format!("{:.0}", v);
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// The targets for the rate of a workload, if it has one.
fn target(name: &str) -> Option<f64> {
    match name {
        "spawn" => Some(1e6),
        "loop 10M" => Some(20e6),
        _ => None,
    }
}

fn row_view(r: Row) -> impl IntoView {
    let rate = r.rate();
    let per_op = r.grew / r.ops.max(1) as f64;
    // No growth: the run fitted in memory earlier runs had freed.
    let memory =
        if r.grew > 0.0 { format!("{:.1} MiB ({per_op:.0} B/op)", r.grew / 1048576.0) } else { "—".to_string() };
    let note = match (&r.error, target(r.name)) {
        (Some(e), _) => format!("failed: {e}"),
        (None, Some(t)) => format!("target ≥ {}/s: {}", group(t), if rate >= t { "met" } else { "not met" }),
        (None, None) => String::new(),
    };
    view! {
        <tr
            data-workload=r.name
            data-size=r.size.to_string()
            data-ops=r.ops.to_string()
            data-ms=format!("{:.3}", r.ms)
            data-grew=format!("{:.0}", r.grew)
            data-error=r.error.clone().unwrap_or_default()
        >
            <td>{r.name}</td>
            <td>{r.unit}</td>
            <td style=NUM>{group(r.size as f64)}</td>
            <td style=NUM>{group(r.ops as f64)}</td>
            <td style=NUM>{format!("{:.1}", r.ms)}</td>
            <td style=NUM>{group(rate)}</td>
            <td style=NUM>{memory}</td>
            <td>{note}</td>
        </tr>
    }
}

/// The benchmark page: runs every workload once when it opens.
#[component]
pub fn BenchPage() -> impl IntoView {
    let rows = RwSignal::new(Vec::<Row>::new());
    let status = RwSignal::new(String::from("starting…"));
    let done = RwSignal::new(false);
    let (scale, only) = options();
    let todo: Vec<Workload> = WORKLOADS.into_iter().filter(|w| wanted(w, &only)).collect();
    spawn_local(async move {
        for w in todo {
            let n = scaled(&w, scale);
            status.set(format!("running {} (N = {})…", w.name, group(n as f64)));
            // Let the page paint the status before the (possibly long) run.
            TimeoutFuture::new(0).await;
            let row = measure(w, n).await;
            rows.update(|r| r.push(row));
        }
        status.set(format!("done: {} workloads (scale {scale})", rows.with_untracked(Vec::len)));
        done.set(true);
    });
    view! {
        <main class="bench">
            <h1>"Interpreter benchmark (this browser, this build)"</h1>
            <p>
                "The Go programs of "<code>"benches/go/interp/"</code>" run by the interpreter on the "
                "simulated runtime, timed with "<code>"performance.now()"</code>
                ". Memory is the growth of the wasm memory during a run: the heap never gives memory back, so a "
                "run that fits in what earlier runs freed shows — (park runs first, on a fresh heap)."
            </p>
            <p id="bench-status" role="status">{move || status.get()}</p>
            <table id="bench-table" data-done=move || done.get().then_some("1")>
                <thead>
                    <tr>
                        <th>"workload"</th>
                        <th>"op"</th>
                        <th style=NUM>"N"</th>
                        <th style=NUM>"ops"</th>
                        <th style=NUM>"ms"</th>
                        <th style=NUM>"ops/s"</th>
                        <th style=NUM>"memory growth"</th>
                        <th></th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.name children=row_view />
                </tbody>
            </table>
        </main>
    }
}
