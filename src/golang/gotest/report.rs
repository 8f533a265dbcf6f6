//! What `go test` prints around the test binary's output: the `ok` / `FAIL` line with the
//! run's (virtual) duration, `[no test files]`, `[build failed]`.

use super::{TestCase, TestRun};
use crate::golang::stdlib::Recorded;
use crate::runtime::Outcome;

const PKG: &str = "command-line-arguments";

/// The result of a finished test binary.
/// Without `-v`, a passing package prints only its `ok` line (go test's package list mode).
/// The time printed is the run's virtual time outside synctest bubbles (`bubbles` ns were
/// spent inside: fake time, which real Go's clock does not see pass).
pub fn finish(o: &Outcome, recorded: Vec<Recorded>, bubbles: i64, verbose: bool) -> TestRun {
    let passed = o.status == 0;
    let mut output = if passed && !verbose { String::new() } else { o.terminal() };
    if !output.is_empty() && !output.ends_with('\n') {
        output.push('\n');
    }
    strip_race_summary(&mut output);
    if let Some(why) = &o.halted {
        // Real Go would run on (until -timeout); the simulator stopped a runaway test.
        output.push_str(&format!("chanlab: {why}\n"));
    }
    let secs = (o.end_time - bubbles).max(0) as f64 / 1e9;
    if passed {
        let none = if o.stderr.contains("testing: warning: no tests to run\n") { " [no tests to run]" } else { "" };
        output.push_str(&format!("ok  \t{PKG}\t{secs:.3}s{none}\n"));
    } else {
        output.push_str(&format!("FAIL\t{PKG}\t{secs:.3}s\nFAIL\n"));
    }
    let tests = recorded
        .into_iter()
        .map(|r| TestCase { passed: r.status != "FAIL", skipped: r.status == "SKIP", name: r.name, output: r.output })
        .collect();
    TestRun { output, passed, status: if passed { 0 } else { 1 }, tests }
}

/// A test binary does not print the race runtime's `Found N data race(s)` (the testing
/// package reports races itself).
fn strip_race_summary(output: &mut String) {
    let body = output.strip_suffix(" data race(s)\n").unwrap_or("");
    if let Some(i) = body.rfind("Found ") {
        if (i == 0 || body[..i].ends_with('\n')) && body[i + 6..].bytes().all(|b| b.is_ascii_digit()) {
            output.truncate(i);
        }
    }
}

/// A package without `_test.go` files.
pub fn no_test_files() -> TestRun {
    TestRun { output: format!("?   \t{PKG}\t[no test files]\n"), passed: true, status: 0, tests: Vec::new() }
}

/// `go test`'s report of a build failure, from the compiler's (`go run`'s) report.
pub fn build_failed(go_run: &str) -> String {
    let body = match go_run.strip_prefix("# command-line-arguments\n") {
        Some(rest) => format!("# {PKG} [{PKG}.test]\n{rest}"),
        None => go_run.to_string(),
    };
    format!("{body}FAIL\t{PKG} [build failed]\nFAIL\n")
}
