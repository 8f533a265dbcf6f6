//! The Go interpreter against the runtime driven from Rust (the hand-written mirrors' way)
//! and against real Go, in one run: parking 100,000 goroutines, spawning goroutines,
//! ping-pong, buffered, select4, and CPU work (a 10,000,000-iteration loop, fib(30),
//! 1,000,000 map inserts, a 1 MB string). The programs are benches/go/interp/*.go, the same
//! the site's `#/bench` page runs in wasm (tests/e2e/bench.mjs prints both).
//!
//! `cargo bench --bench interp` (real Go from `conform::go_command()`: `$CHANLAB_GO`, then
//! `.tools/`, then /opt/go127; skipped with a note when absent). Prints a Markdown table of
//! milliseconds per workload, the ratios and the interpreter's operations per second, then the
//! bytes a parked interpreted goroutine costs (peak heap growth of `park` / N while it runs).

use chanlab::runtime::{self as go, Chan, Config, Runtime, Select, Step, WaitGroup};
use std::alloc::{GlobalAlloc, Layout, System};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::Instant;

/// Counts live heap bytes and their peak, to measure what a parked interpreted goroutine
/// costs (the `#/bench` page measures the same in wasm as memory growth).
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
/// Counting is switched on only for the memory run, so timings pay nothing for it.
static COUNTING: AtomicBool = AtomicBool::new(false);

fn count(delta: isize) {
    if COUNTING.load(Ordering::Relaxed) {
        let live = LIVE.fetch_add(delta, Ordering::Relaxed) + delta;
        PEAK.fetch_max(live, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        count(l.size() as isize);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        count(-(l.size() as isize));
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        count(new as isize - l.size() as isize);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn cfg() -> Config {
    Config { max_ops: u64::MAX, first_gid: 1, ..Config::default() }
}

// The workloads (`WORKLOADS`): Go sources in benches/go/interp/, shared with the `#/bench`
// page of the site.
include!("go/interp/workloads.rs");

/// Milliseconds to run the program in the interpreter (compiled once beforehand).
fn interp(src: &str) -> Result<f64, String> {
    let prog = chanlab::golang::vm::build(&[("main.go", src)])?;
    let t = Instant::now();
    let out = prog.runtime(cfg(), Vec::new()).run();
    let ms = t.elapsed().as_secs_f64() * 1e3;
    if out.status != 0 {
        return Err(out.stderr);
    }
    Ok(ms)
}

/// Peak heap growth per operation while the program runs (the build not counted; the
/// `#/bench` page measures the same span), and until its outcome is built (the report of
/// the goroutines still alive).
fn peak_bytes_per_op(w: &Workload) -> Result<(f64, f64), String> {
    let n = w.size();
    let prog = chanlab::golang::vm::build(&[("main.go", &w.source(n))])?;
    LIVE.store(0, Ordering::Relaxed);
    PEAK.store(0, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let mut rt = prog.runtime(cfg(), Vec::new());
    while rt.step() != Step::Done {}
    let run = PEAK.load(Ordering::Relaxed);
    let out = rt.outcome();
    COUNTING.store(false, Ordering::Relaxed);
    if out.status != 0 {
        return Err(out.stderr);
    }
    let ops = (w.ops)(n) as f64;
    Ok((run as f64 / ops, PEAK.load(Ordering::Relaxed) as f64 / ops))
}

/// Milliseconds for real Go to run the built program (process start included).
fn real_go(name: &str, src: &str) -> Result<f64, String> {
    let dir =
        std::env::temp_dir().join(format!("chanlab-interp-{}", name.replace(|c: char| !c.is_alphanumeric(), "_")));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("main.go"), src).map_err(|e| e.to_string())?;
    let b = chanlab::course::conform::go_command()?
        .args(["build", "-o", "prog", "main.go"])
        .current_dir(&dir)
        .output()
        .map_err(|e| format!("cannot run go: {e}"))?;
    if !b.status.success() {
        return Err(String::from_utf8_lossy(&b.stderr).into_owned());
    }
    let t = Instant::now();
    let r = Command::new(dir.join("prog")).env("GOMAXPROCS", "1").output().map_err(|e| e.to_string())?;
    if !r.status.success() {
        return Err(String::from_utf8_lossy(&r.stderr).into_owned());
    }
    Ok(t.elapsed().as_secs_f64() * 1e3)
}

fn sim<F: std::future::Future<Output = ()> + 'static>(main: F) -> f64 {
    let t = Instant::now();
    let out = Runtime::new(cfg(), main).run();
    assert_eq!(out.status, 0, "{}", out.report);
    t.elapsed().as_secs_f64() * 1e3
}

/// The channel workloads written against the runtime in Rust (as the mirrors are).
fn mirror(name: &str, n: i64) -> Option<f64> {
    Some(match name {
        "ping-pong" => sim(async move {
            let (ping, pong): (Chan<i64>, Chan<i64>) = (Chan::new(0), Chan::new(0));
            let (pi, po) = (ping.clone(), pong.clone());
            go::go("main.main.func1", "", async move {
                while let Some(v) = pi.next().await {
                    po.send(v).await;
                }
            });
            for i in 0..n {
                ping.send(i).await;
                pong.recv().await;
            }
            ping.close().await;
        }),
        "buffered" => sim(async move {
            let ch: Chan<i64> = Chan::new(128);
            let done: Chan<bool> = Chan::new(0);
            let (c, d) = (ch.clone(), done.clone());
            go::go("main.main.func1", "", async move {
                while c.next().await.is_some() {}
                d.send(true).await;
            });
            for i in 0..n {
                ch.send(i).await;
            }
            ch.close().await;
            done.recv().await;
        }),
        "select4" => sim(async move {
            let cs: Vec<Chan<i64>> = (0..4).map(|_| Chan::new(1)).collect();
            for i in 0..n {
                cs[(i % 4) as usize].send(i).await;
                Select::new()
                    .recv(&cs[0], |_, _| ())
                    .recv(&cs[1], |_, _| ())
                    .recv(&cs[2], |_, _| ())
                    .recv(&cs[3], |_, _| ())
                    .await;
            }
        }),
        "spawn" => sim(async move {
            let wg = WaitGroup::new();
            let ch: Chan<i64> = Chan::new(n as usize);
            for i in 0..n {
                wg.add(1).await;
                let (wg, ch) = (wg.clone(), ch.clone());
                go::go("main.main.func1", "", async move {
                    if i % 2 == 0 {
                        ch.send(i).await;
                    }
                    wg.done().await;
                });
            }
            wg.wait().await;
        }),
        _ => return None,
    })
}

/// Runs per measurement: the table gives the fastest (the first run also pays for warming the
/// allocator and caches, which the other side of a ratio would not).
const RUNS: usize = 3;

/// The fastest of `n` runs of `f`, or its first error.
fn best_of(n: usize, mut f: impl FnMut() -> Result<f64, String>) -> Result<f64, String> {
    let mut best = f64::INFINITY;
    for _ in 0..n {
        best = best.min(f()?);
    }
    Ok(best)
}

fn fmt(x: Option<f64>) -> String {
    x.map_or("—".into(), |v| format!("{v:.1}"))
}

fn main() {
    println!(
        "| workload | size | ops | interpreter ms | Rust mirror ms | Go ms | interp/mirror | interp/Go | interp ops/s |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    // `CHANLAB_BENCH_ONLY=buffered`: that workload alone, without real Go (for profiling).
    let only = std::env::var("CHANLAB_BENCH_ONLY").ok();
    for w in WORKLOADS.iter().filter(|w| only.as_deref().is_none_or(|o| o == w.name)) {
        let (name, n) = (w.name, w.size());
        let src = w.source(n);
        // `CHANLAB_BENCH_SIDE=interp` or `mirror`: that side alone (for profiling).
        let side = std::env::var("CHANLAB_BENCH_SIDE").ok();
        let run_interp = side.as_deref() != Some("mirror");
        let i = match best_of(if run_interp { RUNS } else { 0 }, || interp(&src)) {
            Ok(ms) if run_interp => Some(ms),
            Ok(_) => None,
            Err(e) => {
                eprintln!("{name}: interpreter failed: {}", e.lines().take(3).collect::<Vec<_>>().join(" | "));
                None
            }
        };
        let m = if side.as_deref() == Some("interp") {
            None
        } else {
            best_of(RUNS, || mirror(name, n).ok_or(String::new())).ok()
        };
        let g = if only.is_some() { Err(String::new()) } else { real_go(name, &src) };
        let g = g.map_err(|e| eprintln!("{name}: Go: {}", e.lines().next().unwrap_or(""))).ok();
        let ratio = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a / b);
        let ops = (w.ops)(n);
        let rate = i.map_or("—".into(), |ms| format!("{:.0}", ops as f64 / ms * 1e3));
        println!(
            "| {name} | {n} | {ops} | {} | {} | {} | {} | {} | {rate} |",
            fmt(i),
            fmt(m),
            fmt(g),
            fmt(ratio(i, m)),
            fmt(ratio(i, g))
        );
    }
    // What the `#/bench` page reports as wasm memory growth for `park`, natively.
    if let Some(w) = WORKLOADS.iter().find(|w| w.name == "park" && only.is_none()) {
        match peak_bytes_per_op(w) {
            Ok((b, with_report)) => println!(
                "\npark: a parked interpreted goroutine costs {b:.0} bytes (peak heap growth / N while the \
                 program runs; {with_report:.0} until its outcome is built)"
            ),
            Err(e) => eprintln!("park: interpreter failed: {}", e.lines().next().unwrap_or("")),
        }
    }
}
