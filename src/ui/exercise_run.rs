//! Running an exercise's Go tests for the page: "Run tests" (the visible tests, one schedule)
//! and "Check" (visible and hidden tests over many schedules, a few seeds at a time so the
//! page can draw between slices). Every run is `course::exercise`'s: `go test -race -v` on
//! two simulated processors, as `chanlab check` runs exercises.

use crate::course::exercise;
use crate::course::Exercise;
use crate::golang::gotest::{TestOptions, TestProgram, TestRun};

/// Schedules tried by Check when the exercise does not say (`chanlab check` tries fewer on
/// the reference solution; the page can afford more).
pub const DEFAULT_SEEDS: u32 = 200;

/// The files of one run: the learner's `main.go`, the visible tests and, for Check, the
/// hidden ones.
pub fn files<'a>(ex: &'a Exercise, code: &'a str, hidden: bool) -> Vec<(&'a str, &'a str)> {
    if hidden {
        return exercise::files(ex, code);
    }
    vec![("main.go", code), ("main_test.go", ex.tests.as_str())]
}

/// The options of one run on `seed`.
pub fn options(seed: u64) -> TestOptions {
    exercise::options(seed)
}

/// The command line a run stands for, shown above its output.
pub fn command(seed: u64) -> String {
    let o = options(seed);
    format!(
        "$ go test{}{} -cpu {} # seed {seed}",
        if o.race { " -race" } else { "" },
        if o.verbose { " -v" } else { "" },
        o.gomaxprocs
    )
}

/// How many schedules Check tries for an exercise.
pub fn seeds(ex: &Exercise) -> u32 {
    ex.seeds.unwrap_or(DEFAULT_SEEDS).max(1)
}

/// Build the program for a run (the error is what `go test` prints for a build failure).
pub fn build(ex: &Exercise, code: &str, hidden: bool) -> Result<TestProgram, String> {
    TestProgram::build(&files(ex, code, hidden))
}

/// A Check in progress: the next seed to try and the seeds to go.
pub struct Checker {
    program: TestProgram,
    next: u64,
    total: u32,
}

/// How a Check ended (or where it is).
#[derive(Clone, Debug, PartialEq)]
pub enum CheckState {
    /// `done` of `total` schedules passed so far.
    Running {
        done: u32,
        total: u32,
    },
    Passed {
        total: u32,
    },
    /// The first schedule that failed, and its run (quiet output).
    Failed {
        seed: u64,
        passed_before: u32,
        output: String,
    },
}

impl Checker {
    pub fn new(ex: &Exercise, code: &str) -> Result<Checker, String> {
        Ok(Checker { program: build(ex, code, true)?, next: 1, total: seeds(ex) })
    }

    /// Run seeds until `budget()` says stop or the check ends; the state after.
    pub fn slice(&mut self, mut budget: impl FnMut() -> bool) -> CheckState {
        let last = u64::from(self.total);
        while self.next <= last {
            let seed = self.next;
            let run: TestRun = self.program.run(&options(seed));
            self.next += 1;
            if !run.passed {
                return CheckState::Failed { seed, passed_before: (seed - 1) as u32, output: run.output };
            }
            if !budget() {
                break;
            }
        }
        if self.next > last {
            CheckState::Passed { total: self.total }
        } else {
            CheckState::Running { done: (self.next - 1) as u32, total: self.total }
        }
    }
}
