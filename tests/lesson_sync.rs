//! The `sync` lesson: a mutex-guarded counter (and what parallel processors do to an
//! unguarded one), a read-mostly cache under RWMutex vs Mutex, sync.Once, and atomics.

mod common_course;
use chanlab::runtime::Outcome;
use common_course::*;
use std::collections::BTreeSet;

fn run(id: &str, sets: &[(&str, &str)], seed: u64) -> Outcome {
    let ex = example(id);
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    let out = ex.run(&p, seed, false).expect("the example compiles");
    assert_eq!(out.status, 0, "{id} {sets:?}: {}", out.report);
    out
}

/// The number after `prefix` on its stdout line.
fn value(out: &Outcome, prefix: &str) -> i64 {
    let l = out.stdout.lines().find_map(|l| l.strip_prefix(prefix)).unwrap_or_else(|| panic!("{}", out.stdout));
    l.trim().parse().unwrap()
}

fn count(sets: &[(&str, &str)], seed: u64) -> i64 {
    value(&run("mutex-counter", sets, seed), "final count: ")
}

#[test]
fn mutex_counter_defaults_count_every_goroutine() {
    assert_eq!(run("mutex-counter", &[], 1).stdout, "final count: 1000\n");
}

#[test]
fn with_the_lock_no_update_is_lost_even_on_several_processors() {
    for procs in ["1", "2", "4", "8"] {
        for seed in 1..=3 {
            assert_eq!(count(&[("gomaxprocs", procs), ("goroutines", "2000")], seed), 2000, "GOMAXPROCS={procs}");
        }
    }
}

#[test]
fn without_the_lock_one_processor_still_counts_everything() {
    // With one P nothing preempts a goroutine between count++'s read and write.
    for seed in 1..=3 {
        assert_eq!(count(&[("lock", "false")], seed), 1000);
    }
}

#[test]
fn without_the_lock_four_processors_lose_updates_differently_per_seed() {
    let counts: Vec<i64> = (1..=5).map(|seed| count(&[("lock", "false"), ("gomaxprocs", "4")], seed)).collect();
    assert!(counts.iter().all(|&c| (1..=1000).contains(&c)), "{counts:?}");
    assert!(counts.iter().any(|&c| c < 1000), "some seed loses updates: {counts:?}");
    let distinct: BTreeSet<_> = counts.iter().collect();
    assert!(distinct.len() > 1, "the count varies with the seed: {counts:?}");
    // ...and a given seed always gives the same count.
    assert_eq!(count(&[("lock", "false"), ("gomaxprocs", "4")], 2), counts[1]);
}

#[test]
fn without_the_lock_a_single_goroutine_cannot_race() {
    assert_eq!(count(&[("lock", "false"), ("gomaxprocs", "8"), ("goroutines", "1")], 1), 1);
}

#[test]
fn rwmutex_cache_defaults_let_readers_overlap() {
    // The newest reader runs first (Go runs a new goroutine next), then the writer waits for
    // it, then the other seven read together: three 10ms steps.
    let out = run("rwmutex-cache", &[], 1);
    assert_eq!(out.stdout, "most readers inside at once: 7\ntook 30ms\n");
    assert_eq!(out.end_time, 30_000_000);
}

#[test]
fn with_a_plain_mutex_every_read_and_write_takes_its_turn() {
    for (readers, writers, read, write) in [(8, 1, 10, 10), (64, 16, 10, 10), (3, 0, 50, 5), (0, 4, 1, 7)] {
        let (r, w, rm, wm) = (readers.to_string(), writers.to_string(), read.to_string(), write.to_string());
        let sets = [("rw", "false"), ("readers", &r), ("writers", &w), ("read_ms", &rm), ("write_ms", &wm)];
        let out = run("rwmutex-cache", &sets, 1);
        assert_eq!(out.end_time, (readers * read + writers * write) * 1_000_000, "{sets:?}");
        assert_eq!(value(&out, "most readers inside at once: "), readers.min(1));
    }
}

#[test]
fn with_the_rwmutex_and_no_writers_all_readers_share_one_read_time() {
    for readers in [1, 8, 64] {
        let r = readers.to_string();
        let out = run("rwmutex-cache", &[("readers", &r), ("writers", "0"), ("read_ms", "25")], 1);
        assert_eq!(value(&out, "most readers inside at once: "), readers);
        assert!(out.stdout.ends_with("took 30ms\n"), "25ms rounds to 30ms: {}", out.stdout);
        assert_eq!(out.end_time, 25_000_000);
    }
}

#[test]
fn the_rwmutex_is_faster_than_the_mutex_for_many_readers() {
    let fast = run("rwmutex-cache", &[("readers", "64"), ("writers", "16")], 1);
    let slow = run("rwmutex-cache", &[("readers", "64"), ("writers", "16"), ("rw", "false")], 1);
    assert!(fast.end_time * 4 < slow.end_time, "{} vs {}", fast.end_time, slow.end_time);
    // Writers still run alone: at least one 10ms step each.
    assert!(fast.end_time >= 16 * 10_000_000);
}

#[test]
fn rwmutex_cache_with_nobody_takes_no_time() {
    let out = run("rwmutex-cache", &[("readers", "0"), ("writers", "0")], 1);
    assert_eq!(out.stdout, "most readers inside at once: 0\ntook 0s\n");
}

#[test]
fn once_config_loads_exactly_once_whatever_the_number_of_callers() {
    for callers in [1, 2, 10, 1000] {
        let c = callers.to_string();
        let out = run("once-config", &[("callers", &c)], 1);
        assert_eq!(out.stdout.matches("loading config (this prints once)").count(), 1, "{}", out.stdout);
        assert!(
            out.stdout.ends_with(&format!("{callers} of {callers} callers saw the loaded config\n")),
            "callers arriving during the load wait for it: {}",
            out.stdout
        );
        // One 20ms load in total: the waiting callers do not load again.
        assert_eq!(out.end_time, 20_000_000);
    }
}

#[test]
fn atomic_counter_counts_every_goroutine() {
    assert_eq!(run("atomic-counter", &[], 1).stdout, "final count: 100\n");
    for n in [1, 7, 100000] {
        let s = n.to_string();
        assert_eq!(value(&run("atomic-counter", &[("goroutines", &s)], 3), "final count: "), n);
    }
}
