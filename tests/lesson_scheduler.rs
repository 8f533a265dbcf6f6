//! The `scheduler` lesson's parallelism example: CPU-bound workers' CPU times add up on one
//! processor, and divide among processors when there are several (never below one worker's
//! time: idle processors do not help).

mod common_course;
use common_course::*;

/// How many times one worker's CPU time the whole run took (the program's own ratio).
fn ratio(procs: i64, workers: i64, cpu_ms: i64, seed: u64) -> f64 {
    let (p, w, c) = (procs.to_string(), workers.to_string(), cpu_ms.to_string());
    let out = run_seed("parallelism", &[("gomaxprocs", &p), ("workers", &w), ("cpu_ms", &c)], seed);
    assert_eq!(out.status, 0, "{}", out.report);
    let header = format!("{workers} workers, each needing {cpu_ms}ms of CPU, on {procs} processor(s)");
    assert_eq!(out.stdout.lines().next(), Some(header.as_str()));
    let l = out.stdout.lines().nth(1).unwrap();
    let r = l.split(", ").nth(1).and_then(|r| r.split(' ').next()).unwrap_or_else(|| panic!("{l}"));
    r.parse().unwrap()
}

/// Rounds of work when `workers` share `procs` processors.
fn rounds(procs: i64, workers: i64) -> f64 {
    ((workers + procs - 1) / procs) as f64
}

#[test]
fn defaults_take_the_sum_of_the_workers_cpu_times() {
    assert_eq!(ratio(1, 4, 100, 1), 4.0);
}

#[test]
fn one_processor_adds_up_every_workers_cpu_time() {
    for workers in [1, 2, 4, 16] {
        for cpu in [10, 100, 500] {
            let r = ratio(1, workers, cpu, 1);
            assert!((r - workers as f64).abs() <= 0.05 * workers as f64 + 0.1, "{workers} workers, {cpu}ms: {r}");
        }
    }
}

#[test]
fn several_processors_divide_the_work_into_rounds() {
    for (procs, workers) in [(2, 4), (4, 4), (4, 16), (8, 4), (8, 1), (3, 7), (2, 1)] {
        for seed in 1..=2 {
            // Never faster than the work shared perfectly among the processors; at most
            // about one round per `procs` workers (Go's preemption shares a busy processor
            // in time slices, so a run may land between the two).
            let (r, want) = (ratio(procs, workers, 100, seed), rounds(procs, workers));
            let shared = (workers as f64 / procs as f64).max(1.0);
            assert!(
                r >= shared - 0.1 && r <= want * 1.15 + 0.1,
                "GOMAXPROCS={procs}, {workers} workers: {r}, between {shared:.2} and about {want}"
            );
        }
    }
}

#[test]
fn more_processors_than_workers_do_not_help() {
    let four = ratio(4, 4, 100, 1);
    let eight = ratio(8, 4, 100, 1);
    assert!((four - eight).abs() <= 0.15, "4 Ps: {four}, 8 Ps: {eight}");
    assert!(eight >= 0.95, "never faster than one worker's own CPU time: {eight}");
}

#[test]
fn the_under_the_hood_quick_check_loads_and_has_5_to_8_valid_questions() {
    let (course, problems) = chanlab::course::Course::load();
    assert!(problems.is_empty(), "{problems:?}");
    let phase = course.phases.iter().find(|p| p.id == "under-the-hood").expect("phase");
    assert!((5..=8).contains(&phase.quiz.len()), "{} questions", phase.quiz.len());
    for q in &phase.quiz {
        assert!(q.answer < q.choices.len() && !q.explain.is_empty(), "{}", q.q);
    }
    let order: Vec<&str> = phase.lessons.iter().map(String::as_str).collect();
    let at = |id: &str| order.iter().position(|&l| l == id).unwrap_or_else(|| panic!("{id} not in the phase"));
    assert!(at("scheduler") < at("memory-and-sync") && at("memory-and-sync") < at("testing-concurrency"));
}
