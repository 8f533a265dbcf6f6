//! Checking exercises: the learner's `main.go` with the exercise's visible and hidden
//! tests, run as `go test -race -v` under several schedules (seeds) on two simulated
//! processors, so a solution that races or only works on a lucky schedule fails; and the
//! checks `chanlab check` makes of every exercise (files present, ids unique, the
//! solution passes on every seed, the starter compiles and fails on some seed).

use super::{Exercise, Problem};
use crate::golang::gotest::{first_failure, TestOptions, TestProgram, TestRun};
use std::collections::BTreeSet;
use std::ops::Range;

/// Seeds tried when an exercise does not say (`"seeds"` in lesson.json).
pub const DEFAULT_SEEDS: u64 = 20;

/// How a check of learner code ended.
#[derive(Clone, Debug, PartialEq)]
pub enum ExerciseResult {
    /// The code does not compile: what `go test` prints.
    BuildFailed(String),
    /// Every test passed on every seed tried; the first seed's run.
    Passed { seeds: Range<u64>, run: TestRun },
    /// A test failed on `seed` (the first such seed); that run.
    Failed { seed: u64, run: TestRun },
}

impl ExerciseResult {
    pub fn passed(&self) -> bool {
        matches!(self, ExerciseResult::Passed { .. })
    }

    /// The output to show: the failing (or first) run, or the build report.
    pub fn output(&self) -> &str {
        match self {
            ExerciseResult::BuildFailed(s) => s,
            ExerciseResult::Passed { run, .. } | ExerciseResult::Failed { run, .. } => &run.output,
        }
    }
}

/// The seeds an exercise is checked on: 1..=N (its `seeds`, or [`DEFAULT_SEEDS`]).
pub fn seeds(ex: &Exercise) -> Range<u64> {
    1..ex.seeds.map_or(DEFAULT_SEEDS, u64::from) + 1
}

/// The options of one exercise run on `seed`: `go test -race -v`, two processors.
pub fn options(seed: u64) -> TestOptions {
    TestOptions { verbose: true, race: true, seed, gomaxprocs: 2, ..TestOptions::default() }
}

/// The files `go test` sees: `code` as `main.go`, the visible and hidden tests.
pub fn files<'a>(ex: &'a Exercise, code: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut v = vec![("main.go", code), ("main_test.go", ex.tests.as_str())];
    if !ex.hidden_tests.trim().is_empty() {
        v.push(("hidden_test.go", ex.hidden_tests.as_str()));
    }
    v
}

/// Build the test binary of `code` (the UI keeps it to run seeds in small batches).
pub fn build(ex: &Exercise, code: &str) -> Result<TestProgram, String> {
    TestProgram::build(&files(ex, code))
}

/// Check `code` against the exercise's tests on `seeds`, stopping at the first failure.
pub fn check(ex: &Exercise, code: &str, seeds: Range<u64>) -> ExerciseResult {
    let prog = match build(ex, code) {
        Ok(p) => p,
        Err(report) => return ExerciseResult::BuildFailed(report),
    };
    match first_failure(&prog, &options(seeds.start), seeds.clone()) {
        (Some(seed), run) => ExerciseResult::Failed { seed, run },
        (None, run) => ExerciseResult::Passed { seeds, run },
    }
}

/// `chanlab check`'s checks of one exercise (`ids`: the ids seen so far in the course).
pub fn problems(ex: &Exercise, ids: &mut BTreeSet<String>) -> Vec<Problem> {
    let dir = format!("{}/exercises/{}", ex.lesson, ex.id);
    let mut out = Vec::new();
    let mut push = |file: String, message: String| out.push(Problem { file, message });
    if !ids.insert(ex.id.clone()) {
        push(format!("{}/lesson.json", ex.lesson), format!("exercise id `{}` is used twice", ex.id));
    }
    let required =
        [("task.md", &ex.task), ("main.go", &ex.starter), ("main_test.go", &ex.tests), ("solution.go", &ex.solution)];
    let missing: Vec<&str> = required.iter().filter(|(_, s)| s.trim().is_empty()).map(|(n, _)| *n).collect();
    for name in &missing {
        push(format!("{dir}/{name}"), "missing or empty".into());
    }
    if !missing.is_empty() {
        return out;
    }
    match check(ex, &ex.solution, seeds(ex)) {
        ExerciseResult::Passed { .. } => {}
        r @ ExerciseResult::BuildFailed(_) => {
            push(format!("{dir}/solution.go"), format!("does not build:\n{}", head(r.output())))
        }
        ExerciseResult::Failed { seed, run } => {
            push(format!("{dir}/solution.go"), format!("fails its tests on seed {seed}:\n{}", head(&run.output)))
        }
    }
    match check(ex, &ex.starter, seeds(ex)) {
        ExerciseResult::Failed { .. } => {}
        r @ ExerciseResult::BuildFailed(_) => {
            push(format!("{dir}/main.go"), format!("the starter must compile:\n{}", head(r.output())))
        }
        ExerciseResult::Passed { .. } => {
            push(format!("{dir}/main.go"), "the starter passes every test on every seed: nothing to do".into())
        }
    }
    out
}

/// The first lines of a run's output (enough to see what failed).
fn head(output: &str) -> String {
    const LINES: usize = 40;
    let lines: Vec<&str> = output.lines().collect();
    if lines.len() <= LINES {
        return output.to_string();
    }
    format!("{}\n... ({} more lines)\n", lines[..LINES].join("\n"), lines.len() - LINES)
}
