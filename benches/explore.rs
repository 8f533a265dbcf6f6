//! Schedule-explorer throughput: how many complete runs per second the explorer manages for
//! `worker-pool` at its defaults (and for `select-fairness`, a busier program), over 1000
//! seeds. `cargo bench --bench explore`; `BENCH_SCALE=N` repeats the exploration N times.

use chanlab::course::explore::Explorer;
use chanlab::course::{Course, RunOptions};
use std::time::Instant;

fn measure(course: &Course, id: &str, sets: &[(&str, &str)]) {
    let ex = course.example(id).expect("example exists");
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    let scale: u32 = std::env::var("BENCH_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1);
    // Warm up.
    let mut w = Explorer::new(ex, p.clone(), RunOptions::default(), 50).unwrap();
    w.run_all();
    let start = Instant::now();
    let mut outcomes = 0;
    for _ in 0..scale {
        let mut e = Explorer::new(ex, p.clone(), RunOptions::default(), 1000).unwrap();
        while e.run_batch(100) {}
        outcomes = e.results().len();
    }
    let secs = start.elapsed().as_secs_f64();
    let runs = 1000.0 * scale as f64;
    let settings: Vec<String> = sets.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!(
        "| {id} {} | {runs:.0} | {:.0} runs/s | {:.1} µs/run | {outcomes} outcome(s) |",
        settings.join(" "),
        runs / secs,
        secs * 1e6 / runs
    );
}

fn main() {
    let (course, _) = Course::load();
    println!("| example | runs | throughput | per run | distinct |");
    println!("|---|---|---|---|---|");
    measure(&course, "worker-pool", &[]);
    measure(&course, "select-fairness", &[("rounds", "100")]);
    measure(&course, "select-fairness", &[]);
}
