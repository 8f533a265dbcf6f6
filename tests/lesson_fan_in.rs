//! The `fan-in` lesson: merging several channels into one, and workers between two channels.

mod common_course;
use chanlab::runtime::Outcome;
use common_course::*;
use std::collections::BTreeMap;

fn run(id: &str, sets: &[(&str, &str)], seed: u64) -> Outcome {
    let ex = example(id);
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    ex.run(&p, seed, false).expect("the example compiles")
}

/// `producer P: N of M values arrived` lines, as (P, N), and the `total: T of U` pair.
fn merge_counts(out: &Outcome) -> (Vec<(i64, i64)>, (i64, i64)) {
    let mut per = Vec::new();
    let mut total = (-1, -1);
    for l in out.stdout.lines() {
        let nums: Vec<i64> = l.split(|c: char| !c.is_ascii_digit()).filter_map(|s| s.parse().ok()).collect();
        if l.starts_with("producer ") {
            per.push((nums[0], nums[1]));
        } else if l.starts_with("total: ") {
            total = (nums[0], nums[1]);
        }
    }
    (per, total)
}

#[test]
fn merge_defaults_deliver_every_value_of_every_producer() {
    let out = run("merge", &[], 1);
    assert_eq!(
        out.stdout,
        "producer 1: 4 of 4 values arrived\nproducer 2: 4 of 4 values arrived\n\
         producer 3: 4 of 4 values arrived\ntotal: 12 of 12\n"
    );
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn merge_with_the_wait_group_delivers_each_value_exactly_once_for_any_producer_count() {
    for producers in 1..=16 {
        for items in [0, 1, 7] {
            let (ps, is) = (producers.to_string(), items.to_string());
            let out = run("merge", &[("producers", &ps), ("items", &is)], producers as u64);
            let (per, total) = merge_counts(&out);
            let want: Vec<(i64, i64)> = (1..=producers).map(|p| (p, items)).collect();
            assert_eq!(per, want, "producers={producers} items={items}: {}", out.stdout);
            assert_eq!(total, (producers * items, producers * items));
            assert!(out.leaks.is_empty(), "every goroutine finishes: {}", out.leak_report());
        }
    }
}

#[test]
fn merge_with_a_thousand_items_each_still_loses_nothing() {
    let out = run("merge", &[("producers", "16"), ("items", "1000")], 1);
    assert_eq!(merge_counts(&out).1, (16000, 16000));
}

#[test]
fn merge_without_the_wait_group_panics_in_a_forwarder_at_defaults() {
    let sets = [("wait_group", "false")];
    let out = run("merge", &sets, 1);
    assert_eq!(out.status, 2);
    assert_eq!(out.stdout, "", "main never gets to print");
    assert!(out.report.starts_with("panic: send on closed channel\n"), "{}", out.report);
    assert!(out.report.contains("main.merge.func1()"), "{}", out.report);
    let forward = line("merge", &sets, "out <- v");
    assert!(out.report.contains(&format!("main.go:{forward}\n")), "names the send `out <- v`: {}", out.report);
}

#[test]
fn merge_without_the_wait_group_can_silently_lose_values() {
    let out = run("merge", &[("wait_group", "false"), ("producers", "3"), ("items", "3")], 1);
    assert_eq!(out.status, 0, "no panic: {}", out.report);
    let (per, (got, want)) = merge_counts(&out);
    assert_eq!(want, 9);
    assert!(got < want, "some values never arrive: {}", out.stdout);
    assert_eq!(per.iter().map(|(_, n)| n).sum::<i64>(), got);
    // The forwarders that were still working are stranded.
    assert!(!out.leaks.is_empty());
}

#[test]
fn merge_without_the_wait_group_is_fine_with_a_single_producer() {
    let out = run("merge", &[("wait_group", "false"), ("producers", "1"), ("items", "5")], 1);
    assert_eq!(out.status, 0);
    assert_eq!(merge_counts(&out).1, (5, 5), "the first forwarder to finish is the only one");
}

/// (worker, item) pairs from `worker-W processed X` lines.
fn processed(out: &Outcome) -> Vec<(i64, char)> {
    out.stdout
        .lines()
        .map(|l| {
            let rest = l.strip_prefix("worker-").unwrap_or_else(|| panic!("unexpected line {l:?}"));
            let (w, item) = rest.split_once(" processed ").unwrap();
            (w.parse().unwrap(), item.chars().next().unwrap())
        })
        .collect()
}

#[test]
fn fan_out_fan_in_defaults_process_a_to_f_once_each_across_three_workers() {
    let out = run("fan-out-fan-in", &[], 1);
    assert_eq!(out.status, 0);
    let got = processed(&out);
    let mut items: Vec<char> = got.iter().map(|(_, c)| *c).collect();
    items.sort();
    assert_eq!(items, "abcdef".chars().collect::<Vec<_>>());
    let workers: std::collections::BTreeSet<i64> = got.iter().map(|(w, _)| *w).collect();
    assert_eq!(workers.into_iter().collect::<Vec<_>>(), [1, 2, 3], "every worker gets work");
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn fan_out_fan_in_with_one_worker_processes_items_in_order() {
    let out = run("fan-out-fan-in", &[("workers", "1"), ("items", "26")], 1);
    let want: Vec<(i64, char)> = ('a'..='z').map(|c| (1, c)).collect();
    assert_eq!(processed(&out), want);
}

#[test]
fn fan_out_fan_in_processes_every_item_once_for_any_worker_count() {
    for workers in 1..=16 {
        for items in [1, 5, 26] {
            let (ws, is) = (workers.to_string(), items.to_string());
            let out = run("fan-out-fan-in", &[("workers", &ws), ("items", &is)], 1);
            assert_eq!(out.status, 0);
            let mut seen: BTreeMap<char, i64> = BTreeMap::new();
            for (w, c) in processed(&out) {
                assert!((1..=workers).contains(&w), "worker-{w} does not exist");
                *seen.entry(c).or_default() += 1;
            }
            let want: BTreeMap<char, i64> = ('a'..).take(items as usize).map(|c| (c, 1)).collect();
            assert_eq!(seen, want, "workers={workers} items={items}");
            assert!(out.leaks.is_empty());
        }
    }
}
