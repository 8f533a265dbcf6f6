//! The `race-detector` lesson's examples: `race-counter` is reported with `-race` unless the
//! counter is protected; `race-map` trips Go's concurrent-map-writes check only when writers
//! run in parallel and never with the lock.

use chanlab::course::{Course, RunOptions};
use chanlab::runtime::Outcome;

fn run(id: &str, sets: &[(&str, &str)], opts: RunOptions) -> Outcome {
    let (course, _) = Course::load();
    let ex = course.example(id).expect("example exists");
    let p = ex.resolve(sets.iter().copied()).expect("valid parameters");
    ex.runtime_with(&p, &opts).expect("program").run()
}

fn seed(seed: u64) -> RunOptions {
    RunOptions { seed, ..RunOptions::default() }
}

#[test]
fn the_unprotected_counter_is_reported_once_at_every_size() {
    for n in ["2", "3", "100", "10000"] {
        let out = run("race-counter", &[("goroutines", n)], seed(1));
        assert_eq!(out.status, 66, "{n}: {}", out.stderr);
        assert_eq!(out.stderr.matches("WARNING: DATA RACE").count(), 1, "{n}");
        assert!(out.stderr.contains("Previous write at"), "{n}");
        assert_eq!(out.stdout, format!("final count: {n}\n"));
    }
}

#[test]
fn the_first_goroutine_is_7_under_the_race_detector_as_in_go() {
    let out = run("race-counter", &[("goroutines", "2")], seed(1));
    assert!(out.stderr.contains("by goroutine 7:") && out.stderr.contains("by goroutine 8:"), "{}", out.stderr);
}

#[test]
fn a_mutex_or_an_atomic_makes_the_counter_clean_for_every_seed_and_processor_count() {
    for fix in ["mutex", "atomic"] {
        for (s, procs) in [(1, None), (2, Some(2)), (3, Some(4)), (4, Some(8))] {
            let opts = RunOptions { seed: s, gomaxprocs: procs, ..RunOptions::default() };
            let out = run("race-counter", &[("fix", fix), ("goroutines", "200")], opts);
            assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "final count: 200\n"), "{fix}");
        }
    }
}

#[test]
fn in_parallel_the_unprotected_counter_can_also_lose_updates() {
    let counts: Vec<String> = (1..=8)
        .map(|s| {
            let opts = RunOptions { seed: s, gomaxprocs: Some(4), ..RunOptions::default() };
            run("race-counter", &[("goroutines", "200")], opts).stdout
        })
        .collect();
    assert!(counts.iter().any(|c| c != "final count: 200\n"), "{counts:?}");
}

#[test]
fn unlocked_map_writers_trip_the_check_in_parallel_for_most_seeds() {
    let tripped = (1..=10)
        .filter(|&s| {
            let out = run("race-map", &[("writers", "4"), ("gomaxprocs", "4")], seed(s));
            out.status == 2 && out.stderr.starts_with("fatal error: concurrent map writes\n\ngoroutine ")
        })
        .count();
    assert!(tripped >= 7, "only {tripped} of 10 seeds");
}

#[test]
fn with_one_processor_or_the_lock_every_key_is_written() {
    for sets in [
        &[("gomaxprocs", "1")][..],
        &[("lock", "true")][..],
        &[("lock", "true"), ("writers", "16"), ("gomaxprocs", "8")][..],
    ] {
        for s in 1..=3 {
            let out = run("race-map", sets, seed(s));
            let writers: i64 = sets.iter().find(|(k, _)| *k == "writers").map_or(2, |(_, v)| v.parse().unwrap());
            assert_eq!(
                (out.status, out.stdout.clone()),
                (0, format!("keys written: {}\n", writers * 1000)),
                "{sets:?}"
            );
        }
    }
}

#[test]
fn the_fatal_error_dump_names_the_write_and_the_wait() {
    let out = run("race-map", &[], seed(1));
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("[running]:\nmain.main.func1()\n\tmain.go:19\n"), "{}", out.stderr);
    assert!(out.stderr.contains("goroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\tmain.go:23\n"), "{}", out.stderr);
}
