//! What `go test` prints around the test binary's output: the `ok` / `FAIL` line with the
//! run's (virtual) duration, `[no test files]`, `[build failed]`.

use super::{TestCase, TestRun};
use crate::golang::stdlib::Recorded;
use crate::runtime::Outcome;

const PKG: &str = "command-line-arguments";

/// The result of a finished test binary.
pub fn finish(o: &Outcome, recorded: Vec<Recorded>) -> TestRun {
    let mut output = o.terminal();
    if !output.is_empty() && !output.ends_with('\n') {
        output.push('\n');
    }
    let secs = o.end_time as f64 / 1e9;
    let passed = o.status == 0;
    if passed {
        output.push_str(&format!("ok  \t{PKG}\t{secs:.3}s\n"));
    } else {
        output.push_str(&format!("FAIL\t{PKG}\t{secs:.3}s\nFAIL\n"));
    }
    let tests = recorded
        .into_iter()
        .map(|r| TestCase { passed: r.status != "FAIL", skipped: r.status == "SKIP", name: r.name, output: r.output })
        .collect();
    TestRun { output, passed, status: if passed { 0 } else { 1 }, tests }
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
