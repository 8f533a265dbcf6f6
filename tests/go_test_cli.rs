//! `chanlab test` against real `go test` (Go 1.27.3, GOMAXPROCS=1): the same output and the
//! same exit status for the packages under `tests/gotest/` (passing, failing, subtests,
//! helpers, cleanups, skips, parallel tests, panics, races, synctest bubbles, examples, `-run`,
//! `-count`, `-timeout`, TestMain, build failures). Timings are normalised; goroutine
//! tracebacks after a panic or fatal error and the bodies of race reports (frames and addresses, which the simulator
//! reduces to one frame per goroutine) are compared by their headers only.

use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gotest").join(name)
}

/// The package's Go files, sorted (as `go test` and `chanlab test DIR` take them).
fn go_files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    v.sort();
    v
}

/// `go test FLAGS FILES` in a copy of the package: what it prints (stderr, then stdout) and
/// its exit status.
fn real_go_test(name: &str, flags: &[&str]) -> (String, i32) {
    let src = fixture(name);
    let dir = std::env::temp_dir().join(format!("chanlab-gotest-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let files = go_files(&src);
    for f in &files {
        std::fs::copy(src.join(f), dir.join(f)).unwrap();
    }
    let mut cmd = chanlab::course::conform::go_command().unwrap_or_else(|e| panic!("{e}"));
    let out = cmd
        .env("GOMAXPROCS", "1")
        .current_dir(&dir)
        .arg("test")
        .args(flags)
        .args(&files)
        .output()
        .expect("run go test");
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    (text, out.status.code().unwrap_or(-1))
}

/// `chanlab test FLAGS DIR`: its stdout and exit status.
fn chanlab_test(name: &str, flags: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_chanlab"))
        .arg("test")
        .args(flags)
        .arg(fixture(name))
        .output()
        .expect("run chanlab");
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

/// Timings replaced by `X`; panic tracebacks and race report bodies left out.
fn normalise(text: &str) -> String {
    let mut out = Vec::new();
    let (mut in_trace, mut in_race) = (false, false);
    for line in text.lines() {
        if in_trace && line.starts_with("FAIL\t") {
            in_trace = false;
        }
        if line == "==================" {
            in_race = !in_race;
            out.push(line.to_string());
            continue;
        }
        if in_trace || in_race && line != "WARNING: DATA RACE" {
            continue;
        }
        if line.starts_with("panic: ") || line.starts_with("fatal error: ") {
            in_trace = true;
        }
        out.push(times(line));
    }
    out.join("\n")
}

/// `(0.01s)` → `(X)`, a tab then `0.004s` → a tab then `X`.
fn times(line: &str) -> String {
    let mut s = String::new();
    let mut rest = line;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let (head, tail) = rest.split_at(i);
        let n = tail.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(tail.len());
        let is_time =
            tail[..n].contains('.') && tail[n..].starts_with('s') && (head.ends_with('(') || head.ends_with('\t'));
        s.push_str(head);
        if is_time {
            s.push('X');
            rest = &tail[n + 1..];
        } else {
            s.push_str(&tail[..n.max(1)]);
            rest = &tail[n.max(1)..];
        }
    }
    s + rest
}

fn same_as_go(name: &str, flags: &[&str]) {
    let (want, want_status) = real_go_test(name, flags);
    let (got, status) = chanlab_test(name, flags);
    assert_eq!(
        normalise(&got),
        normalise(&want),
        "chanlab test {flags:?} {name}\n--- go test printed:\n{want}\n--- chanlab printed:\n{got}"
    );
    assert_eq!(status, want_status, "exit status of chanlab test {flags:?} {name}");
}

#[test]
fn normalise_hides_timings_only() {
    assert_eq!(times("--- PASS: TestA (0.01s)"), "--- PASS: TestA (X)");
    assert_eq!(times("ok  \tcommand-line-arguments\t0.004s"), "ok  \tcommand-line-arguments\tX");
    assert_eq!(times("    main_test.go:12: got 1.5s"), "    main_test.go:12: got 1.5s");
}

#[test]
fn passing_tests() {
    same_as_go("pass", &["-v"]);
    same_as_go("pass", &[]);
}

#[test]
fn failures_helpers_and_fatal() {
    same_as_go("fail", &["-v"]);
    same_as_go("fail", &[]);
}

#[test]
fn cleanups_run_last_added_first() {
    same_as_go("cleanup", &["-v"]);
    same_as_go("cleanup", &[]);
}

#[test]
fn skips() {
    same_as_go("skip", &["-v"]);
    same_as_go("skip", &[]);
}

#[test]
fn parallel_tests_pause_until_the_sequential_part_ends() {
    same_as_go("parallel", &["-v"]);
    same_as_go("parallel", &[]);
}

#[test]
fn a_panic_fails_the_test_and_its_parents() {
    same_as_go("panic", &["-v"]);
    same_as_go("panic", &[]);
}

#[test]
fn a_race_fails_the_test_it_happened_in() {
    same_as_go("race", &["-race", "-v"]);
    same_as_go("race", &["-race"]);
    same_as_go("race", &[]);
}

#[test]
fn synctest_bubbles() {
    same_as_go("synctest", &["-v"]);
    same_as_go("synctest", &[]);
    same_as_go("synctest_deadlock", &["-v"]);
    same_as_go("synctest_leak", &["-v"]);
    same_as_go("misuse", &["-v"]);
}

#[test]
fn a_log_after_the_test_ended_is_dropped() {
    same_as_go("late", &["-v"]);
    same_as_go("late", &[]);
}

#[test]
fn run_patterns_and_count() {
    for pat in
        ["Alpha", "Alpha$", "Alpha/x", "Alpha/x1$", "Beta|Alpha/y", "/x1", "Nothing", "(", "a[b", "Alpha/x(", "*x"]
    {
        same_as_go("runpat", &["-v", "-run", pat]);
    }
    same_as_go("runpat", &["-run", "Alpha/y"]);
    same_as_go("runpat", &["-v", "-count", "2", "-run", "Beta"]);
    same_as_go("fail", &["-count=2", "-run", "Subtests/bad"]);
}

#[test]
fn a_stuck_test_times_out_with_the_running_tests_listed() {
    same_as_go("timeout", &["-v", "-timeout", "3s"]);
    same_as_go("timeout", &["-timeout", "3s"]);
    same_as_go("timeout", &["-v", "-timeout", "0"]);
}

#[test]
fn goroutines_of_a_test_report_to_it() {
    // Not with -race: Go's race mode randomises which runnable goroutine runs next.
    same_as_go("goroutines", &["-v"]);
    same_as_go("goroutines", &[]);
}

#[test]
fn examples_compare_their_output() {
    same_as_go("examples", &["-v"]);
    same_as_go("examples", &[]);
    same_as_go("examples", &["-v", "-run", "Sum_m|First", "-count", "2"]);
}

#[test]
fn test_main_and_build_failures() {
    same_as_go("exit", &["-v"]);
    same_as_go("testmain", &["-v"]);
    same_as_go("testmain", &[]);
    same_as_go("buildfail", &[]);
}

#[test]
fn seeds_find_a_racy_schedule() {
    let out = Command::new(env!("CARGO_BIN_EXE_chanlab"))
        .args(["test", "-race", "--seeds", "5"])
        .arg(fixture("race"))
        .output()
        .expect("run chanlab");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "chanlab: seed 1 fails (replay it with --seed 1)\n");
    let out = Command::new(env!("CARGO_BIN_EXE_chanlab"))
        .args(["test", "--seeds", "5"])
        .arg(fixture("pass"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "chanlab: passed on all 5 seeds\n");
}
