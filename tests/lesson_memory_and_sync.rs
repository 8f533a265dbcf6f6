//! The `memory-and-sync` lesson: a Cond queue (Signal wakes one consumer per item, Broadcast
//! wakes them all and most find nothing), a compare-and-swap counter (exact, retries only
//! with several processors), and a config published through atomic.Pointer (never seen
//! half-updated, unlike a struct overwritten in place on several processors).

mod common_course;
use chanlab::runtime::Outcome;
use common_course::*;

fn ok(id: &str, sets: &[(&str, &str)], seed: u64) -> Outcome {
    let out = run_seed(id, sets, seed);
    assert_eq!(out.status, 0, "{id} {sets:?}: {}", out.report);
    assert!(out.leaks.is_empty(), "{id} {sets:?}: {}", out.leak_report());
    out
}

/// The number after `prefix` on its stdout line.
fn value(out: &Outcome, prefix: &str) -> i64 {
    let l = out.stdout.lines().find_map(|l| l.strip_prefix(prefix)).unwrap_or_else(|| panic!("{}", out.stdout));
    l.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{l}"))
}

// ---- cond-queue ----

/// Items each consumer took, and the wake-ups that found the queue empty.
fn queue(producers: i64, consumers: i64, items: i64, broadcast: bool) -> (Vec<i64>, i64) {
    let s: Vec<String> = [producers, consumers, items].iter().map(i64::to_string).collect();
    let b = broadcast.to_string();
    let sets = [("producers", s[0].as_str()), ("consumers", &s[1]), ("items", &s[2]), ("broadcast", &b)];
    let out = ok("cond-queue", &sets, 1);
    let took: Vec<i64> = (1..=consumers).map(|c| value(&out, &format!("consumer {c} took "))).collect();
    (took, value(&out, "wake-ups that found the queue empty: "))
}

#[test]
fn cond_queue_every_item_is_taken_exactly_once() {
    for (p, c, i) in [(2, 3, 4), (1, 1, 1), (8, 1, 5), (1, 8, 5), (8, 8, 10), (3, 2, 0)] {
        for b in [false, true] {
            let (took, _) = queue(p, c, i, b);
            assert_eq!(took.iter().sum::<i64>(), p * i, "producers {p}, consumers {c}, items {i}, broadcast {b}");
        }
    }
}

#[test]
fn cond_queue_signal_wakes_exactly_one_consumer_per_item() {
    for (p, c, i) in [(2, 3, 4), (1, 8, 5), (8, 8, 10), (4, 2, 7)] {
        assert_eq!(queue(p, c, i, false).1, 0, "producers {p}, consumers {c}, items {i}");
    }
}

#[test]
fn cond_queue_broadcast_wakes_consumers_for_nothing() {
    let (_, few) = queue(2, 3, 4, true);
    let (_, many) = queue(8, 8, 10, true);
    assert!(few > 0, "broadcast with 3 consumers wastes some wake-ups");
    assert!(many >= 24 && many > few, "8 consumers waste dozens: {many}");
    // A lone consumer is the only one to wake: nothing is wasted.
    assert_eq!(queue(4, 1, 5, true).1, 0);
}

#[test]
fn cond_queue_close_wakes_every_waiting_consumer() {
    // With no items, every consumer waits from the start; only Close's Broadcast ends them.
    for b in [false, true] {
        assert_eq!(queue(2, 8, 0, b), (vec![0; 8], 0));
    }
}

// ---- cas-counter ----

fn cas(goroutines: i64, procs: i64, seed: u64) -> (i64, i64) {
    let (g, p) = (goroutines.to_string(), procs.to_string());
    let out = ok("cas-counter", &[("goroutines", &g), ("gomaxprocs", &p)], seed);
    (value(&out, "final count: "), value(&out, "CAS retries: "))
}

#[test]
fn cas_counter_never_loses_an_increment() {
    for procs in [1, 2, 4, 8] {
        for seed in 1..=3 {
            assert_eq!(cas(500, procs, seed).0, 500, "GOMAXPROCS={procs} seed {seed}");
        }
    }
    assert_eq!(cas(1, 8, 1), (1, 0));
}

#[test]
fn cas_counter_one_processor_never_retries() {
    for seed in 1..=3 {
        assert_eq!(cas(1000, 1, seed), (1000, 0));
    }
}

#[test]
fn cas_counter_several_processors_retry_differently_per_seed() {
    let retries: Vec<i64> = (1..=5).map(|seed| cas(100, 4, seed).1).collect();
    assert!(retries.iter().all(|&r| r > 0), "{retries:?}");
    assert!(retries.iter().any(|&r| r != retries[0]), "{retries:?}");
    assert_eq!(cas(100, 4, 3).1, retries[2], "a seed repeats its run");
}

// ---- atomic-config ----

fn config(readers: i64, reloads: i64, procs: i64, atomic: bool, seed: u64) -> i64 {
    let (r, n, p, a) = (readers.to_string(), reloads.to_string(), procs.to_string(), atomic.to_string());
    let out = ok("atomic-config", &[("readers", &r), ("reloads", &n), ("gomaxprocs", &p), ("atomic", &a)], seed);
    assert!(out.stdout.starts_with(&format!("{readers} readers read the config {reloads} times each\n")));
    assert_eq!(value(&out, "final version: "), reloads, "the last reload wins");
    value(&out, "half-updated configs seen: ")
}

#[test]
fn atomic_config_readers_always_see_a_whole_config() {
    for procs in [1, 2, 4, 8] {
        for seed in 1..=3 {
            assert_eq!(config(8, 100, procs, true, seed), 0, "GOMAXPROCS={procs} seed {seed}");
        }
    }
}

#[test]
fn atomic_config_in_place_overwrites_look_fine_on_one_processor() {
    for seed in 1..=3 {
        assert_eq!(config(4, 50, 1, false, seed), 0);
    }
}

#[test]
fn atomic_config_in_place_overwrites_tear_on_several_processors() {
    let torn: Vec<i64> = (1..=4).map(|seed| config(4, 50, 4, false, seed)).collect();
    assert!(torn.iter().all(|&t| (0..=200).contains(&t)), "{torn:?}");
    assert!(torn.iter().any(|&t| t > 0), "{torn:?}");
}

// ---- sync-pool ----

/// Bytes sent and buffers allocated.
fn pool(requests: i64, workers: i64, on: bool) -> (i64, i64) {
    let (r, w, p) = (requests.to_string(), workers.to_string(), on.to_string());
    let out = ok("sync-pool", &[("requests", &r), ("workers", &w), ("pool", &p)], 1);
    assert!(out.stdout.starts_with(&format!("{requests} requests, ")), "{}", out.stdout);
    let sent = out.stdout.split(", ").nth(1).and_then(|s| s.split(' ').next()).unwrap().parse().unwrap();
    (sent, value(&out, "buffers allocated: "))
}

#[test]
fn sync_pool_allocates_one_buffer_per_request_in_flight() {
    for (requests, workers) in [(100, 4), (0, 4), (1, 8), (50, 1), (200, 64), (1000, 16)] {
        let response = |id: i64| format!("HTTP/1.1 200 OK\r\n\r\nresponse to request {id}\n").len() as i64;
        let bytes: i64 = (1..=requests).map(response).sum();
        assert_eq!(
            pool(requests, workers, true),
            (bytes, requests.min(workers)),
            "{requests} requests, {workers} workers"
        );
        assert_eq!(pool(requests, workers, false), (bytes, requests), "without the pool");
    }
}
