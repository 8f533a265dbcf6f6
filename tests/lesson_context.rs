//! The `context` lesson's examples, checked for their behaviour at the defaults and at the
//! edges of their parameters through the course API: how many steps a timed-out worker takes,
//! that cancel() (by main or by the live "cancel()" control) wakes the waiting goroutine,
//! that cancellation flows down a context tree and never up, and which side of a
//! deadline race wins.

mod common_course;
use chanlab::runtime::{Outcome, Stream};
use common_course::*;

const MS: i64 = 1_000_000;

/// Virtual time (ms) at which `line` was written to stdout.
fn time_of(out: &Outcome, line: &str) -> i64 {
    let w = out
        .writes
        .iter()
        .find(|w| w.stream == Stream::Stdout && w.text.trim_end() == line)
        .unwrap_or_else(|| panic!("`{line}` not printed: {:?}", out.stdout));
    w.t / MS
}

// ---- context-timeout ----

#[test]
fn timeout_defaults_work_three_times_then_stop_at_the_deadline() {
    let out = run("context-timeout", &[]);
    assert_eq!(out.status, 0);
    assert_eq!(out.stdout, "working...\nworking...\nworking...\nworker stopping: context deadline exceeded\n");
    assert_eq!(time_of(&out, "worker stopping: context deadline exceeded"), 500);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn timeout_step_count_follows_timeout_over_step_for_a_spread_of_values() {
    for timeout in [0, 1, 99, 100, 250, 500, 1000, 5000] {
        for step in [1, 7, 100, 200, 333, 2000] {
            let (t, s) = (timeout.to_string(), step.to_string());
            let out = run("context-timeout", &[("timeout_ms", &t), ("step_ms", &s)]);
            let working = out.stdout.lines().filter(|l| *l == "working...").count() as i64;
            // One step at 0, then one at every multiple of step up to and including the
            // deadline (a step due at the deadline wins the tie).
            assert_eq!(working, timeout / step + 1, "timeout {timeout} step {step}");
            assert!(out.stdout.ends_with("worker stopping: context deadline exceeded\n"));
            assert_eq!(out.end_time / MS, timeout, "timeout {timeout} step {step}");
        }
    }
}

#[test]
fn a_zero_timeout_is_already_cancelled_so_the_worker_stops_after_one_step() {
    let out = run("context-timeout", &[("timeout_ms", "0")]);
    assert_eq!(out.stdout, "working...\nworker stopping: context deadline exceeded\n");
}

#[test]
fn a_step_due_exactly_at_the_deadline_still_runs() {
    let out = run("context-timeout", &[("timeout_ms", "400"), ("step_ms", "200")]);
    assert_eq!(out.stdout.matches("working...").count(), 3, "{}", out.stdout);
}

// ---- context-cancel ----

#[test]
fn cancel_defaults_wake_the_goroutine_with_context_canceled() {
    let out = run("context-cancel", &[]);
    assert_eq!(out.stdout, "main: calling cancel()\ngoroutine: context canceled\nmain: the goroutine has stopped\n");
    assert_eq!(time_of(&out, "goroutine: context canceled"), 100);
    assert!(out.leaks.is_empty());
}

#[test]
fn cancel_at_the_edges_of_cancel_after_ms() {
    for after in [0, 1, 5000] {
        let a = after.to_string();
        let out = run("context-cancel", &[("cancel_after_ms", &a)]);
        assert_eq!(out.status, 0);
        assert!(out.stdout.contains("goroutine: context canceled\n"), "{}", out.stdout);
        assert_eq!(time_of(&out, "goroutine: context canceled"), after);
    }
}

#[test]
fn the_live_cancel_control_cancels_at_the_current_virtual_time() {
    let ex = example("context-cancel");
    assert_eq!(ex.controls.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["cancel"]);
    let p = ex.resolve([("cancel_after_ms", "1000")]).unwrap();
    let mut rt = ex.runtime(&p, 1, false).unwrap();
    assert!(rt.run_until_blocked());
    assert_eq!(rt.controls(), ["cancel"]);
    // Nothing printed yet: main sleeps, the goroutine waits on ctx.Done().
    assert!(rt.writes().is_empty());
    assert!(rt.inject("cancel"));
    rt.run_until_blocked();
    let w = rt.writes();
    assert_eq!(w.len(), 1);
    assert_eq!((w[0].t, w[0].text.as_str()), (0, "goroutine: context canceled\n"));
    // main's own cancel() later is a no-op; the program ends normally.
    while !rt.is_done() {
        rt.step();
    }
    let out = rt.outcome();
    assert_eq!(out.stdout, "goroutine: context canceled\nmain: calling cancel()\nmain: the goroutine has stopped\n");
    assert_eq!(out.end_time / MS, 1000);
}

#[test]
fn pressing_cancel_after_the_program_ended_is_refused() {
    let ex = example("context-cancel");
    let mut rt = ex.runtime(&ex.defaults(), 1, false).unwrap();
    while !rt.is_done() {
        rt.step();
    }
    assert!(!rt.inject("cancel"));
}

// ---- context-tree ----

fn tree(children: i64, at: &str) -> Outcome {
    let c = children.to_string();
    run("context-tree", &[("children", &c), ("cancel_at", at)])
}

fn errs(out: &Outcome) -> Vec<(String, String)> {
    out.stdout
        .lines()
        .filter_map(|l| l.split_once(':'))
        .filter(|(_, e)| e.trim() == "<nil>" || e.trim().starts_with("context"))
        .map(|(n, e)| (n.trim().to_string(), e.trim().to_string()))
        .collect()
}

#[test]
fn cancelling_the_root_cancels_every_context_and_stops_every_goroutine() {
    for n in 1..=8 {
        let out = tree(n, "root");
        let e = errs(&out);
        assert_eq!(e.len() as i64, n + 2);
        assert!(e.iter().all(|(_, v)| v == "context canceled"), "{e:?}");
        assert!(out.stdout.ends_with(&format!("{n} of {n} goroutines stopped\n")), "{}", out.stdout);
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
    }
}

#[test]
fn cancelling_the_request_leaves_the_root_alone() {
    for n in 1..=8 {
        let out = tree(n, "request");
        let e = errs(&out);
        assert_eq!(e[0], ("root".to_string(), "<nil>".to_string()));
        assert!(e[1..].iter().all(|(_, v)| v == "context canceled"), "{e:?}");
        assert!(out.stdout.ends_with(&format!("{n} of {n} goroutines stopped\n")));
    }
}

#[test]
fn cancelling_one_child_never_reaches_its_parent_or_siblings() {
    for n in 1..=8 {
        let out = tree(n, "child");
        let e = errs(&out);
        assert_eq!(e[0].1, "<nil>", "root");
        assert_eq!(e[1].1, "<nil>", "request");
        assert_eq!(e[2], ("child 1".to_string(), "context canceled".to_string()));
        assert!(e[3..].iter().all(|(_, v)| v == "<nil>"), "{e:?}");
        assert!(out.stdout.ends_with(&format!("1 of {n} goroutines stopped\n")));
        // The other watchers are still blocked on their Done channels when main returns.
        assert_eq!(out.leaks.len() as i64, n - 1, "{}", out.leak_report());
    }
}

#[test]
fn the_tree_output_does_not_depend_on_the_seed() {
    let ex = example("context-tree");
    let p = ex.resolve([("children", "8"), ("cancel_at", "request")]).unwrap();
    let first = ex.run(&p, 1, false).unwrap().stdout;
    for seed in 2..20 {
        assert_eq!(ex.run(&p, seed, false).unwrap().stdout, first, "seed {seed}");
    }
}

// ---- context-deadline ----

#[test]
fn deadline_defaults_stop_the_work_at_two_seconds() {
    let out = run("context-deadline", &[]);
    assert_eq!(out.stdout, "deadline exceeded: context deadline exceeded\n");
    assert_eq!(out.end_time / MS, 2000);
}

#[test]
fn whichever_comes_first_wins_and_the_work_wins_a_tie() {
    for (deadline, work, want) in [
        (300, 100, "finished work"),
        (100, 300, "deadline exceeded: context deadline exceeded"),
        (300, 300, "finished work"),
        (5000, 0, "finished work"),
        // (0, 0) is a coin toss since Go 1.23: the cancelled context and the due
        // `time.After(0)` are both ready in the select's first pass (Go 1.27.3: 12 of 20 runs
        // said "deadline exceeded").
        (0, 5000, "deadline exceeded: context deadline exceeded"),
    ] {
        let (d, w) = (deadline.to_string(), work.to_string());
        let out = run("context-deadline", &[("deadline_ms", &d), ("work_ms", &w)]);
        assert_eq!(out.stdout, format!("{want}\n"), "deadline {deadline} work {work}");
        assert_eq!(out.end_time / MS, deadline.min(work), "deadline {deadline} work {work}");
    }
}
