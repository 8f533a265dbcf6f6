//! The `testing-concurrency` lesson: `race-count` runs the racy counter `runs` times in one
//! program and tallies the final counts. In parallel mode unprotected runs spread below
//! `goroutines`; one processor or the mutex gives a single bar at `goroutines`.

use chanlab::course::conform::{invariant, Observed};
use chanlab::course::{Course, RunOptions};
use chanlab::runtime::Outcome;

fn run(sets: &[(&str, &str)], seed: u64) -> Outcome {
    let (course, _) = Course::load();
    let ex = course.example("race-count").expect("example exists");
    let p = ex.resolve(sets.iter().copied()).expect("valid parameters");
    ex.runtime_with(&p, &RunOptions { seed, ..RunOptions::default() }).expect("program").run()
}

/// The tally lines as (final count, runs), checking the header and the bar widths.
fn tally(out: &Outcome, runs: i64, n: i64) -> Vec<(i64, i64)> {
    assert_eq!(out.status, 0, "{}", out.stderr);
    let mut lines = out.stdout.lines();
    assert_eq!(lines.next(), Some(format!("final count after {runs} runs of {n} goroutines:").as_str()));
    lines
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            assert_eq!(f.len(), 3, "{l:?}");
            let (c, k): (i64, i64) = (f[0].parse().unwrap(), f[2].parse().unwrap());
            assert_eq!(f[1].len() as i64, (k * 40 + runs - 1) / runs, "bar width in {l:?}");
            assert!(l.starts_with(&format!("{c:>5} ")), "{l:?}");
            (c, k)
        })
        .collect()
}

fn check_invariant(sets: &[(&str, &str)], out: &Outcome) {
    let (course, _) = Course::load();
    let ex = course.example("race-count").unwrap();
    let p = ex.resolve(sets.iter().copied()).unwrap();
    let o = Observed { status: out.status, stdout: out.stdout.clone(), report: Vec::new() };
    invariant("race-count", &p, &o).expect("invariant holds");
}

#[test]
fn defaults_spread_below_the_goroutine_count_and_add_up_to_runs() {
    for seed in 1..=5 {
        let out = run(&[], seed);
        let t = tally(&out, 100, 10);
        assert!(t.len() >= 3, "seed {seed}: expected a spread, got {t:?}");
        assert_eq!(t.iter().map(|r| r.1).sum::<i64>(), 100);
        assert!(t.iter().all(|&(c, _)| (1..=10).contains(&c)), "{t:?}");
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0), "sorted by final count: {t:?}");
        assert!(t.iter().any(|&(c, _)| c < 10), "some increments must be lost: {t:?}");
        check_invariant(&[], &out);
    }
}

#[test]
fn with_the_mutex_every_run_counts_every_goroutine() {
    for (procs, n, runs) in [("1", "2", "1"), ("4", "10", "100"), ("8", "100", "50"), ("8", "2", "1000")] {
        let sets = [("fix", "true"), ("gomaxprocs", procs), ("goroutines", n), ("runs", runs)];
        let out = run(&sets, 3);
        let (n, runs): (i64, i64) = (n.parse().unwrap(), runs.parse().unwrap());
        assert_eq!(tally(&out, runs, n), vec![(n, runs)], "gomaxprocs {procs}");
        assert!(out.stdout.ends_with(&format!("{n:>5} {} {runs}\n", "#".repeat(40))));
        check_invariant(&sets, &out);
    }
}

#[test]
fn one_processor_hides_the_race_every_run_looks_right() {
    for n in ["2", "10", "1000"] {
        let sets = [("gomaxprocs", "1"), ("goroutines", n), ("runs", "20")];
        let out = run(&sets, 7);
        let n: i64 = n.parse().unwrap();
        assert_eq!(tally(&out, 20, n), vec![(n, 20)]);
    }
}

#[test]
fn more_processors_and_goroutines_lose_more_updates() {
    let low = tally(&run(&[("gomaxprocs", "2"), ("goroutines", "100"), ("runs", "50")], 1), 50, 100);
    let high = tally(&run(&[("gomaxprocs", "8"), ("goroutines", "100"), ("runs", "50")], 1), 50, 100);
    let mean = |t: &[(i64, i64)]| t.iter().map(|&(c, k)| c * k).sum::<i64>() as f64 / 50.0;
    assert!(mean(&high) < mean(&low), "8 processors {} vs 2 processors {}", mean(&high), mean(&low));
    assert!(high.iter().all(|&(c, _)| c <= 100));
}

#[test]
fn one_run_prints_one_bar() {
    let out = run(&[("runs", "1")], 1);
    let t = tally(&out, 1, 10);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].1, 1);
    assert!(out.stdout.lines().nth(1).unwrap().contains(&"#".repeat(40)));
}

#[test]
fn the_invariant_rejects_impossible_tallies() {
    let (course, _) = Course::load();
    let ex = course.example("race-count").unwrap();
    let p = ex.resolve([("runs", "3"), ("goroutines", "10")]).unwrap();
    let obs = |stdout: &str| Observed { status: 0, stdout: stdout.to_string(), report: Vec::new() };
    let head = "final count after 3 runs of 10 goroutines:\n";
    assert!(invariant(
        "race-count",
        &p,
        &obs(&format!("{head}    9 ############## 1\n   10 ########################### 2\n"))
    )
    .is_ok());
    // Counts past the goroutine count, or runs that do not add up, are impossible.
    assert!(invariant("race-count", &p, &obs(&format!("{head}   11 ######################################## 3\n")))
        .is_err());
    assert!(invariant("race-count", &p, &obs(&format!("{head}   10 ########################### 2\n"))).is_err());
    let fixed = ex.resolve([("runs", "3"), ("goroutines", "10"), ("fix", "true")]).unwrap();
    assert!(invariant(
        "race-count",
        &fixed,
        &obs(&format!("{head}    9 ############## 1\n   10 ########################### 2\n"))
    )
    .is_err());
}

/// How many of `seeds` single-run programs end with every increment counted.
fn lucky_seeds(sets: &[(&str, &str)], n: i64, seeds: u64) -> u64 {
    let mut sets = sets.to_vec();
    sets.push(("runs", "1"));
    (1..=seeds).filter(|&seed| tally(&run(&sets, seed), 1, n) == vec![(n, 1)]).count() as u64
}

#[test]
fn the_runs_bullet_holds_nobody_is_lucky_at_the_defaults_but_two_goroutines_often_are() {
    // The lesson: at the defaults even one run shows the bug; with 2 goroutines "about six
    // runs in ten come out right", so a single run passes on most seeds but not all.
    let defaults = lucky_seeds(&[], 10, 40);
    assert!(defaults <= 4, "{defaults} of 40 single runs were lucky at the defaults");
    let two = lucky_seeds(&[("goroutines", "2")], 2, 40);
    assert!((21..=36).contains(&two), "{two} of 40 single runs of 2 goroutines were lucky");
}
