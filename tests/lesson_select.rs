//! The `select` lesson's examples behave as the lesson says: `default` runs when no job is
//! queued; a timeout wins over slow work and leaks the unbuffered sender (not the buffered
//! one); between two always-ready cases the choice is random and fair.

mod common_course;
use chanlab::course::conform::{invariant, Observed};
use common_course::*;

const MS: i64 = 1_000_000;

// ---- select-default ----

#[test]
fn select_default_defaults_take_the_job_then_hit_default() {
    let out = run("select-default", &[]);
    assert_eq!(out.stdout, "got a job: 1\nno job ready\n");
    assert_eq!(out.status, 0);
}

#[test]
fn select_default_takes_queued_jobs_in_order_and_never_blocks() {
    for cap in 1..=10i64 {
        for preload in 0..=cap {
            for tries in [1, 2, 5, 10i64] {
                let (c, p, t) = (cap.to_string(), preload.to_string(), tries.to_string());
                let out = run("select-default", &[("capacity", &c), ("preload", &p), ("tries", &t)]);
                let got = preload.min(tries);
                let mut want: String = (1..=got).map(|j| format!("got a job: {j}\n")).collect();
                for _ in got..tries {
                    want.push_str("no job ready\n");
                }
                assert_eq!(out.stdout, want, "capacity {cap}, preload {preload}, tries {tries}");
                assert_eq!(out.status, 0);
                assert_eq!(out.end_time, 0, "a select with default never waits");
            }
        }
    }
}

#[test]
fn select_default_preload_may_not_exceed_capacity() {
    let ex = example("select-default");
    assert!(ex.resolve([("capacity", "2"), ("preload", "3")]).is_err());
}

// ---- select-timeout ----

#[test]
fn select_timeout_defaults_give_up_and_leak_the_unbuffered_sender() {
    let out = run("select-timeout", &[]);
    assert_eq!(out.stdout, "gave up waiting\ngoroutines still running: 2\n");
    assert_eq!(out.status, 0);
    assert_eq!(out.leaks.len(), 1, "{}", out.leak_report());
    let leak = &out.leaks[0];
    assert_eq!((leak.func, leak.state.as_str()), ("main.main.func1", "chan send"));
    assert_eq!(leak.line, line("select-timeout", &[], "result <- \"done\""));
    // Timeout at 500 ms, then main lingers for the work (2 s) plus 100 ms.
    assert_eq!(out.end_time, 2600 * MS);
}

#[test]
fn select_timeout_buffered_result_lets_the_late_worker_finish() {
    let out = run("select-timeout", &[("buffered_result", "true")]);
    assert_eq!(out.stdout, "gave up waiting\ngoroutines still running: 1\n");
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn select_timeout_fast_work_wins_and_nothing_leaks() {
    for buffered in ["false", "true"] {
        for work in ["0", "100", "499"] {
            let out = run("select-timeout", &[("work_ms", work), ("buffered_result", buffered)]);
            assert_eq!(out.stdout, "got: done\ngoroutines still running: 1\n", "work {work}, buffered {buffered}");
            assert!(out.leaks.is_empty());
        }
    }
}

#[test]
fn select_timeout_slow_work_always_times_out() {
    for (work, timeout) in [("501", "500"), ("5000", "0"), ("100", "0"), ("200", "200"), ("0", "0")] {
        let out = run("select-timeout", &[("work_ms", work), ("timeout_ms", timeout)]);
        assert!(out.stdout.starts_with("gave up waiting\n"), "work {work}, timeout {timeout}: {}", out.stdout);
        assert!(out.stdout.ends_with("goroutines still running: 2\n"));
    }
}

#[test]
fn select_timeout_gives_up_at_the_timeout() {
    // The "gave up waiting" line is written at the virtual instant the timer fires.
    let out = run("select-timeout", &[("work_ms", "3000"), ("timeout_ms", "1200")]);
    let w = out.writes.iter().find(|w| w.text == "gave up waiting\n").expect("gave up");
    assert_eq!(w.t, 1200 * MS);
}

// ---- select-fairness ----

fn counts(stdout: &str) -> (i64, i64) {
    let n = |prefix: &str| -> i64 {
        let l = stdout.lines().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix}: {stdout}"));
        l[prefix.len()..].trim().parse().unwrap()
    };
    (n("case a won:"), n("case b won:"))
}

#[test]
fn select_fairness_counts_add_up_to_the_rounds() {
    for rounds in [1i64, 2, 3, 10, 1000] {
        for seed in 1..=5 {
            let r = rounds.to_string();
            let out = run_seed("select-fairness", &[("rounds", &r)], seed);
            let (a, b) = counts(&out.stdout);
            assert_eq!(a + b, rounds, "rounds {rounds}, seed {seed}");
            assert_eq!(out.status, 0);
        }
    }
}

#[test]
fn select_fairness_is_close_to_half_each() {
    for seed in 1..=3 {
        let out = run_seed("select-fairness", &[("rounds", "20000")], seed);
        let (a, _) = counts(&out.stdout);
        assert!((9400..=10600).contains(&a), "seed {seed}: a won {a} of 20000");
    }
}

#[test]
fn select_fairness_split_varies_with_the_seed_but_not_between_runs() {
    let splits: Vec<(i64, i64)> = (1..=6).map(|s| counts(&run_seed("select-fairness", &[], s).stdout)).collect();
    assert!(splits.iter().any(|s| *s != splits[0]), "every seed gave {:?}", splits[0]);
    assert_eq!(counts(&run_seed("select-fairness", &[], 4).stdout), splits[3]);
}

#[test]
fn select_fairness_invariant_accepts_real_runs_and_rejects_bad_counts() {
    let ex = example("select-fairness");
    let p = ex.resolve([("rounds", "5")]).unwrap();
    let obs = |stdout: &str| Observed { status: 0, stdout: stdout.to_string(), report: vec![] };
    assert!(invariant("select-fairness", &p, &obs("case a won: 2\ncase b won: 3\n")).is_ok());
    assert!(invariant("select-fairness", &p, &obs("case a won: 5\ncase b won: 0\n")).is_ok());
    assert!(invariant("select-fairness", &p, &obs("case a won: 3\ncase b won: 3\n")).is_err());
    assert!(invariant("select-fairness", &p, &obs("case a won: 5\n")).is_err());
    let one = ex.resolve([("rounds", "1")]).unwrap();
    let out = ex.run(&one, 7, false).unwrap();
    let o = Observed { status: out.status, stdout: out.stdout, report: vec![] };
    assert!(invariant("select-fairness", &one, &o).is_ok(), "{:?}", o.stdout);
    let big = ex.resolve([("rounds", "1000")]).unwrap();
    assert!(invariant("select-fairness", &big, &obs("case a won: 300\ncase b won: 700\n")).is_err());
}
