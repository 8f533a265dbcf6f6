//! The `bounded-parallelism` lesson's examples behave as the lesson says: a pool of N workers
//! never has more than N items in flight (and exactly N when there is enough work); a channel
//! semaphore runs tasks in rounds of `max`, taking ceil(tasks/max) × work; a weighted
//! semaphore never lets the weight in use pass its capacity and starts jobs in order.

mod common_course;
mod common_duration;
use common_course::*;
use common_duration::*;

// ---- bounded-pool ----

#[test]
fn bounded_pool_peak_is_the_smaller_of_items_and_workers() {
    for (items, workers) in [(1000, 20), (0, 20), (5, 20), (50, 1), (300, 7), (1000, 1000), (20, 20)] {
        let (i, w) = (items.to_string(), workers.to_string());
        let out = run("bounded-pool", &[("items", &i), ("max_concurrent", &w)]);
        let peak = items.min(workers);
        let want = format!("items processed: {items}\npeak concurrency: {peak} (limit {workers} workers)\n");
        assert_eq!(out.stdout, want, "items {items}, workers {workers}");
        assert_eq!(out.status, 0);
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
        // Each worker spends 1ms per item, all workers at once: ceil(items/workers) rounds.
        let rounds = (items + workers - 1) / workers;
        assert_eq!(out.end_time, rounds * MS, "items {items}, workers {workers}");
    }
}

#[test]
fn bounded_pool_peak_never_exceeds_the_limit_whatever_the_seed() {
    for seed in 1..=4 {
        let out = run_seed("bounded-pool", &[("items", "200"), ("max_concurrent", "8")], seed);
        assert!(out.stdout.contains("peak concurrency: 8 (limit 8 workers)"), "seed {seed}: {}", out.stdout);
    }
}

// ---- semaphore ----

/// The lines the semaphore example prints: task i starts in round (i-1)/max.
fn semaphore_lines(tasks: i64, max: i64, work_ms: i64) -> String {
    let mut want = String::new();
    for i in 1..=tasks {
        want.push_str(&format!("task {i} starts at {}\n", go_duration((i - 1) / max * work_ms * MS)));
    }
    let rounds = (tasks + max - 1) / max;
    want.push_str(&format!("{tasks} tasks, at most {max} at a time, took {}\n", go_duration(rounds * work_ms * MS)));
    want
}

#[test]
fn semaphore_runs_in_rounds_of_max() {
    for (tasks, max, work) in
        [(10, 3, 1000), (9, 3, 1000), (4, 1, 100), (10, 100, 1000), (0, 3, 1000), (100, 7, 10), (12, 5, 250)]
    {
        let (t, m, w) = (tasks.to_string(), max.to_string(), work.to_string());
        let out = run("semaphore", &[("tasks", &t), ("max", &m), ("work_ms", &w)]);
        assert_eq!(out.stdout, semaphore_lines(tasks, max, work), "tasks {tasks}, max {max}, work {work}");
        assert_eq!(out.end_time, (tasks + max - 1) / max * work * MS);
        assert!(out.leaks.is_empty());
    }
}

#[test]
fn semaphore_defaults_take_four_seconds() {
    let out = run("semaphore", &[]);
    assert!(out.stdout.ends_with("10 tasks, at most 3 at a time, took 4s\n"), "{}", out.stdout);
}

// ---- semaphore-weighted ----

/// When each job starts, as the example's main loop admits them: in order, each as soon as
/// its weight fits next to the jobs still running (every job runs `work`).
fn weighted_starts(capacity: i64, jobs: &[i64], work: i64) -> Vec<i64> {
    let mut starts: Vec<i64> = Vec::new();
    for (k, &w) in jobs.iter().enumerate() {
        let mut t = starts.last().copied().unwrap_or(0);
        loop {
            let running = |s: &i64| *s <= t && t < *s + work;
            let in_use: i64 = starts.iter().zip(jobs).filter(|(s, _)| running(s)).map(|(_, w)| *w).sum();
            if in_use + w <= capacity {
                break;
            }
            t = starts.iter().map(|s| s + work).filter(|&e| e > t).min().expect("a job ends");
        }
        assert!(k == starts.len());
        starts.push(t);
    }
    starts
}

#[test]
fn semaphore_weighted_starts_jobs_when_their_weight_fits() {
    let cases = [
        (10, 5, 1, 3, 6, 100),
        (10, 10, 1, 3, 6, 100),
        (1, 1, 1, 2, 3, 50),
        (10, 7, 2, 3, 10, 100),
        (16, 5, 1, 20, 40, 200),
    ];
    for (cap, heavy, light, nh, nl, work) in cases {
        let s = |v: i64| v.to_string();
        let set = [
            ("capacity", s(cap)),
            ("heavy", s(heavy)),
            ("light", s(light)),
            ("heavy_jobs", s(nh)),
            ("light_jobs", s(nl)),
            ("work_ms", s(work)),
        ];
        let set: Vec<(&str, &str)> = set.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let out = run("semaphore-weighted", &set);
        let jobs: Vec<i64> =
            std::iter::repeat_n(heavy, nh as usize).chain(std::iter::repeat_n(light, nl as usize)).collect();
        let names: Vec<String> =
            (1..=nh).map(|i| format!("heavy-{i}")).chain((1..=nl).map(|i| format!("light-{i}"))).collect();
        let starts = weighted_starts(cap, &jobs, work * MS);
        let mut want = String::new();
        for ((name, w), t) in names.iter().zip(&jobs).zip(&starts) {
            want.push_str(&format!("{name} (weight {w}) starts at {}\n", go_duration(*t)));
        }
        // The most weight in use: the largest sum over jobs running at some job's start.
        let top = starts
            .iter()
            .map(|&t| {
                starts.iter().zip(&jobs).filter(|(s, _)| **s <= t && t < **s + work * MS).map(|(_, w)| *w).sum::<i64>()
            })
            .max()
            .unwrap_or(0);
        let end = starts.iter().map(|s| s + work * MS).max().unwrap_or(0);
        want.push_str(&format!("most weight in use at once: {top} of {cap}, took {}\n", go_duration(end)));
        assert_eq!(out.stdout, want, "{set:?}");
        assert!(top <= cap);
        assert!(out.leaks.is_empty());
    }
}

#[test]
fn semaphore_weighted_never_passes_the_capacity_even_with_no_work() {
    let out = run("semaphore-weighted", &[("work_ms", "0"), ("light_jobs", "30")]);
    let last = out.stdout.lines().last().unwrap();
    let top: i64 =
        last.strip_prefix("most weight in use at once: ").unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!((1..=10).contains(&top), "{last}");
    assert_eq!(out.stdout.lines().count(), 3 + 30 + 1);
}

#[test]
fn semaphore_weighted_weights_may_not_exceed_the_capacity() {
    let ex = example("semaphore-weighted");
    assert!(ex.resolve([("capacity", "4"), ("heavy", "5")]).is_err());
    assert!(ex.resolve([("capacity", "4"), ("heavy", "4"), ("light", "5")]).is_err());
}
