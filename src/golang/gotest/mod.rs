//! `go test` for one `package main`: [`TestProgram::build`] compiles the package's files
//! (`_test.go` included) with a generated test main ([`testmain`]); [`TestProgram::run`]
//! runs it on the simulated runtime with `go test`'s flags (`-run`, `-v`, `-race`, `-count`)
//! and a seed, and returns what `go test` prints (the test binary's output, then the
//! `ok`/`FAIL` line), its exit status and each test's result. A build is reused by every
//! run, so trying many seeds costs one compilation.

pub mod cli;
mod example;
mod files;
mod report;
mod seeds;
pub mod testmain;

pub use seeds::first_failure;

use crate::golang::vm::code::Program;
use crate::runtime::Config;
use std::rc::Rc;

/// `go test`'s flags and the run's schedule.
#[derive(Clone, Debug, PartialEq)]
pub struct TestOptions {
    /// `-run` pattern (Go's RE2 syntax, `/` separating subtest levels).
    pub run: Option<String>,
    /// `-v`.
    pub verbose: bool,
    /// `-race`.
    pub race: bool,
    /// `-count` (at least 1).
    pub count: u32,
    /// The simulator's seed (which schedule the run takes).
    pub seed: u64,
    pub gomaxprocs: u32,
    /// `-timeout` as a Go duration (`30s`; `None`: go test's 10m0s) of virtual time: a
    /// test still running then panics `test timed out after ...`.
    pub timeout: Option<String>,
}

impl Default for TestOptions {
    fn default() -> Self {
        TestOptions { run: None, verbose: false, race: false, count: 1, seed: 1, gomaxprocs: 1, timeout: None }
    }
}

/// One test or subtest's result.
#[derive(Clone, Debug, PartialEq)]
pub struct TestCase {
    /// `TestX` or `TestX/sub`.
    pub name: String,
    pub passed: bool,
    pub skipped: bool,
    /// Its log lines (indented as `go test` prints them).
    pub output: String,
}

/// What one `go test` run printed and how it ended.
#[derive(Clone, Debug, PartialEq)]
pub struct TestRun {
    /// Everything `go test` prints (stdout and stderr interleaved, as a terminal shows).
    pub output: String,
    pub passed: bool,
    /// `go test`'s exit status: 0 passed, 1 failed (tests, panics, build).
    pub status: i32,
    /// Tests in the order they finished.
    pub tests: Vec<TestCase>,
}

/// A compiled test binary (or the package has no test files).
pub struct TestProgram {
    prog: Option<Rc<Program>>,
    files: files::FileMap,
}

impl TestProgram {
    /// Compile the files of one `package main` (`(name, source)`, `_test.go` files
    /// included) with the generated test main; Err is what `go test` prints when the build
    /// fails.
    pub fn build(files: &[(&str, &str)]) -> Result<TestProgram, String> {
        let mut files: Vec<(&str, &str)> = files.to_vec();
        files.sort_by_key(|(n, _)| (n.ends_with("_test.go"), n.to_string()));
        if !files.iter().any(|(n, _)| n.ends_with("_test.go")) {
            return Ok(TestProgram { prog: None, files: files::FileMap::new(&[]) });
        }
        let layout = testmain::scan(&files);
        let map = files::FileMap::new(&layout.funcs);
        let main = testmain::source(&layout);
        files.push((testmain::NAME, &main));
        match crate::golang::vm::build(&files) {
            Ok(prog) => Ok(TestProgram { prog: Some(prog), files: map }),
            Err(e) => Err(report::build_failed(&e)),
        }
    }

    /// Run the tests once with `opts`.
    pub fn run(&self, opts: &TestOptions) -> TestRun {
        let Some(prog) = &self.prog else {
            return report::no_test_files();
        };
        let cfg = Config { seed: opts.seed, race: opts.race, gomaxprocs: opts.gomaxprocs.max(1), ..Config::default() };
        let mut args = Vec::new();
        if opts.verbose {
            args.push("-test.v=true".to_string());
        }
        if let Some(r) = &opts.run {
            args.push(format!("-test.run={r}"));
        }
        args.push(format!("-test.count={}", opts.count.max(1)));
        if let Some(t) = &opts.timeout {
            args.push(format!("-test.timeout={t}"));
        }
        crate::golang::stdlib::take_test_results();
        let outcome = prog.runtime(cfg, args).run();
        let (recorded, bubbles) = crate::golang::stdlib::take_test_results();
        let mut run = report::finish(&outcome, recorded, bubbles, opts.verbose);
        run.output = self.files.fix(&run.output);
        run
    }
}

#[cfg(test)]
mod tests;
