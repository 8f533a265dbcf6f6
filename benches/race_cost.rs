//! The race detector's cost in the simulator: the same example, parameters and seed run with
//! and without `-race`, in one process, as a ratio (machines here are noisy; ratios are not).
//!
//! `cargo bench --bench race_cost`. Prints a Markdown table.

use chanlab::course::{Course, RunOptions};
use std::time::Instant;

/// Median wall time of `reps` runs, in milliseconds.
fn time_runs(id: &str, sets: &[(&str, &str)], race: bool, reps: usize) -> f64 {
    let (course, _) = Course::load();
    let ex = course.example(id).expect("example");
    let p = ex.resolve(sets.iter().copied()).expect("valid parameters");
    let mut times: Vec<f64> = (0..reps)
        .map(|_| {
            let opts = RunOptions { race: Some(race), ..RunOptions::default() };
            let start = Instant::now();
            let out = ex.runtime_with(&p, &opts).expect("program").run();
            let ms = start.elapsed().as_secs_f64() * 1e3;
            assert!(out.halted.is_none(), "{id} was halted");
            ms
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[reps / 2]
}

fn main() {
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("race-counter", &[("goroutines", "10000")]),
        ("race-counter", &[("goroutines", "10000"), ("fix", "mutex")]),
        ("worker-pool", &[("workers", "8"), ("jobs", "20000"), ("buffer", "20000")]),
        ("race-map", &[("writers", "8"), ("lock", "true"), ("gomaxprocs", "4")]),
    ];
    println!("| example | parameters | without -race, ms | with -race, ms | ratio |");
    println!("|---|---|---:|---:|---:|");
    for (id, sets) in cases {
        let off = time_runs(id, sets, false, 7);
        let on = time_runs(id, sets, true, 7);
        let shown: Vec<String> = sets.iter().map(|(k, v)| format!("{k}={v}")).collect();
        println!("| {id} | {} | {off:.2} | {on:.2} | {:.2} |", shown.join(" "), on / off);
    }
}
