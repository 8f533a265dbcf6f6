//! The `chanlab` command-line tool: what it prints, its exit statuses, and its one-line
//! errors (status 64) for unknown examples, parameters and bad values.

use std::process::{Command, Output};

fn chanlab(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chanlab")).args(args).output().expect("run chanlab")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn run_prints_the_programs_stdout_and_exits_with_its_status() {
    let o = chanlab(&["run", "worker-pool"]);
    assert_eq!(text(&o.stdout), "sum of squares: 91\n");
    assert_eq!(o.status.code(), Some(0));
    let o = chanlab(&["run", "worker-pool", "--set", "workers=1", "--set", "jobs=3"]);
    assert_eq!(text(&o.stdout), "sum of squares: 14\n");
}

#[test]
fn a_panic_goes_to_stderr_with_exit_status_2() {
    let o = chanlab(&["run", "worker-pool", "--set", "close_after_wait=false"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        text(&o.stderr).starts_with("panic: send on closed channel\n\ngoroutine 9 [running]:\n"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn a_deadlock_prints_gos_report_with_the_goroutine_dump() {
    let o = chanlab(&["run", "worker-pool", "--set", "close_jobs=false"]);
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(
        err.starts_with(
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\nmain.main()\n\tmain.go:"
        ),
        "{err}"
    );
    assert!(err.contains("goroutine 7 [chan receive]:\nmain.worker(...)"), "{err}");
}

#[test]
fn trace_prints_the_event_stream_as_json_lines() {
    let o = chanlab(&["run", "worker-pool", "--trace"]);
    let lines: Vec<serde_json::Value> =
        text(&o.stdout).lines().map(|l| serde_json::from_str(l).expect("json line")).collect();
    assert!(lines.iter().any(|e| e["kind"] == "spawn" && e["func"] == "main.worker"));
    assert!(lines.iter().any(|e| e["kind"] == "output" && e["text"] == "sum of squares: 91\n"));
    assert_eq!(lines.last().unwrap()["kind"], "end");
}

#[test]
fn source_prints_the_rendered_go_program() {
    let o = chanlab(&["source", "worker-pool", "--set", "workers=7", "--set", "close_jobs=false"]);
    let src = text(&o.stdout);
    assert!(src.starts_with("package main\n"));
    assert!(src.contains("for w := 1; w <= 7; w++ {"));
    assert!(src.contains("// close(jobs) is missing"));
    assert!(!src.contains("{{") && !src.contains("//@"));
}

#[test]
fn list_shows_lessons_examples_parameters_and_toggles() {
    let o = chanlab(&["list"]);
    let out = text(&o.stdout);
    assert!(out.contains("worker-pool"));
    assert!(out.contains("workers = 3  (an integer in 1..64)"), "{out}");
    assert!(out.contains("close_jobs = true  (toggle)"), "{out}");
}

#[test]
fn usage_errors_are_one_line_and_exit_64_without_running() {
    for (args, expect) in [
        (vec!["run", "nope"], "unknown example `nope`: valid examples are"),
        (vec!["run", "worker-pool", "--set", "workers=0"], "workers = 0 is out of range: expected an integer in 1..64"),
        (vec!["run", "worker-pool", "--set", "workers=many"], "`many` is not valid for `workers`"),
        (
            vec!["run", "worker-pool", "--set", "wrkers=2"],
            "unknown parameter `wrkers`: valid parameters are workers, jobs, buffer, close_jobs, close_after_wait",
        ),
        (vec!["run", "worker-pool", "--set", "workers"], "--set takes name=value"),
        (vec!["run", "worker-pool", "--seed", "x"], "--seed takes a non-negative integer"),
        (vec!["source", "worker-pool", "--set", "close_jobs=perhaps"], "expected true or false"),
        (vec!["frobnicate"], "unknown command `frobnicate`"),
    ] {
        let o = chanlab(&args);
        assert_eq!(o.status.code(), Some(64), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?} printed to stdout");
        let err = text(&o.stderr);
        assert!(err.starts_with("chanlab: ") && err.contains(expect), "{args:?}: {err}");
    }
}

#[test]
fn same_seed_same_output_across_processes() {
    let a = chanlab(&["run", "worker-pool", "--seed", "42", "--trace"]);
    let b = chanlab(&["run", "worker-pool", "--seed", "42", "--trace"]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn race_counter_runs_with_the_race_detector_and_exits_66() {
    let o = chanlab(&["run", "race-counter"]);
    assert_eq!(o.status.code(), Some(66));
    assert_eq!(text(&o.stdout), "final count: 100\n");
    let err = text(&o.stderr);
    assert!(err.starts_with("==================\nWARNING: DATA RACE\nRead at 0x"), "{err}");
    assert!(err.contains("  main.main.func1()\n      main.go:16\n"), "{err}");
    assert!(err.contains(" created at:\n  main.main()\n      main.go:14\n"), "{err}");
    assert!(err.ends_with("==================\nFound 1 data race(s)\n"), "{err}");
}

#[test]
fn race_counter_with_a_fix_is_clean_and_no_race_turns_the_detector_off() {
    for args in [&["run", "race-counter", "--set", "fix=mutex"][..], &["run", "race-counter", "--no-race"][..]] {
        let o = chanlab(args);
        assert_eq!((o.status.code(), text(&o.stderr)), (Some(0), String::new()), "{args:?}");
        assert_eq!(text(&o.stdout), "final count: 100\n");
    }
}

#[test]
fn race_turns_the_detector_on_for_any_example() {
    let o = chanlab(&["run", "worker-pool", "--race"]);
    assert_eq!(
        (o.status.code(), text(&o.stdout), text(&o.stderr)),
        (Some(0), "sum of squares: 91\n".into(), "".into())
    );
}

#[test]
fn gomaxprocs_is_validated_and_overrides_the_example() {
    let o = chanlab(&["run", "race-map", "--gomaxprocs", "0"]);
    assert_eq!(o.status.code(), Some(64));
    assert!(text(&o.stderr).contains("--gomaxprocs takes an integer in 1..64, got `0`"), "{}", text(&o.stderr));
    let o = chanlab(&["run", "race-map", "--gomaxprocs", "1"]);
    assert_eq!((o.status.code(), text(&o.stdout)), (Some(0), "keys written: 2000\n".into()));
}

#[test]
fn explore_prints_a_histogram_of_outcomes_with_replayable_seeds() {
    let o = chanlab(&["explore", "worker-pool", "--runs", "30"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains(": 30 runs, 1 distinct outcome\n"), "{out}");
    assert!(out.contains("   30 100.0% "), "{out}");
    assert!(out.contains("seed 1, exit 0"), "{out}");
    assert!(out.contains("| sum of squares: 91"), "{out}");

    let o = chanlab(&["explore", "select-fairness", "--set", "rounds=3", "--runs", "100"]);
    let out = text(&o.stdout);
    assert!(out.contains("100 runs, 4 distinct outcomes"), "{out}");
    assert!(out.contains("| case a won: 3"), "{out}");

    let o = chanlab(&["explore", "worker-pool", "--set", "close_jobs=false", "--runs", "3"]);
    assert!(text(&o.stdout).contains("! fatal error: all goroutines are asleep - deadlock!"));
}

#[test]
fn explore_refuses_more_than_1000_runs() {
    let o = chanlab(&["explore", "worker-pool", "--runs", "1001"]);
    assert_eq!(o.status.code(), Some(64));
    assert_eq!(text(&o.stderr), "chanlab: --runs takes an integer in 1..1000, got `1001`\n");
    let o = chanlab(&["explore", "worker-pool", "--seed", "3"]);
    assert_eq!(o.status.code(), Some(64));
}

#[test]
fn a_deadlock_is_explained_after_gos_report() {
    let o = chanlab(&["run", "worker-pool", "--set", "close_jobs=false"]);
    let err = text(&o.stderr);
    let (go_part, why) = err.split_once("chanlab: why:\n").expect("a why section");
    assert!(go_part.starts_with("fatal error: all goroutines are asleep - deadlock!\n"), "{err}");
    assert!(!go_part.contains("chanlab"), "{err}");
    assert!(
        why.contains("goroutine 7 (main.worker) at main.go:11: blocked receiving from `jobs`: every other goroutine is blocked too, so nobody can ever send on or close `jobs`.\n"),
        "{why}"
    );
    assert!(why.starts_with("  goroutine 1 (main.main) at main.go:"), "{why}");
    // A clean run has no such section.
    let o = chanlab(&["run", "worker-pool"]);
    assert!(!text(&o.stderr).contains("why"));
}
