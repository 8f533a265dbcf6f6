//! The schedule explorer: run one example with fixed parameters over seeds `1..=N` and group
//! the runs by what the program visibly did (stdout, exit status, first line of Go's
//! report). One outcome means the program is deterministic for these settings; several mean
//! its result depends on scheduling or on `select`'s random choice, and each outcome keeps the
//! seeds that produced it so the UI can replay one.
//!
//! Incremental, so a UI can explore in slices between frames:
//!
//! ```
//! use chanlab::course::{explore::Explorer, Course, RunOptions};
//! let (course, _) = Course::load();
//! let ex = course.example("worker-pool").unwrap();
//! let mut e = Explorer::new(ex, ex.defaults(), RunOptions::default(), 20).unwrap();
//! while e.run_batch(8) {}
//! assert_eq!(e.progress(), (20, 20));
//! assert_eq!(e.results().len(), 1);
//! ```

use super::Params;
use super::{Example, RunOptions};
use crate::golang::vm::code::Program;
use crate::runtime::{Config, Outcome};
use std::collections::HashMap;
use std::rc::Rc;

/// The most seeds one exploration may cover.
pub const MAX_RUNS: u64 = 1000;

/// Why an exploration could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExploreError(pub String);

impl std::fmt::Display for ExploreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One distinct outcome and the runs that produced it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeClass {
    pub stdout: String,
    pub status: i32,
    /// The first line of Go's report (`panic: ...`, `fatal error: ...`), or of the
    /// simulator's reason for stopping a runaway program; empty for a clean exit.
    pub report_line: String,
    /// How many runs ended this way.
    pub count: u64,
    /// The seeds that produced it, in increasing order (replay any of them).
    pub seeds: Vec<u64>,
}

impl OutcomeClass {
    /// A seed that reproduces this outcome.
    pub fn seed(&self) -> u64 {
        self.seeds[0]
    }
}

/// What makes two runs "the same outcome".
pub fn outcome_key(out: &Outcome) -> (String, i32, String) {
    let report_line = match out.report.lines().next() {
        Some(l) => l.to_string(),
        None => out.halted.as_ref().map(|h| format!("chanlab: {h}")).unwrap_or_default(),
    };
    (out.stdout.clone(), out.status, report_line)
}

/// An exploration in progress.
#[derive(Clone)]
pub struct Explorer {
    example: Example,
    params: Params,
    opts: RunOptions,
    /// The run configuration (rendered once: only the seed changes between runs).
    cfg: Config,
    /// The compiled source (compiled once: every run starts from it).
    program: Rc<Program>,
    runs: u64,
    /// The next seed to run.
    next: u64,
    classes: Vec<OutcomeClass>,
    index: HashMap<(String, i32, String), usize>,
}

impl Explorer {
    /// Prepare to run `example` with `params` over seeds `1..=runs` (`opts.seed` is ignored;
    /// its race and GOMAXPROCS settings apply to every run). `runs` must be in 1..=1000.
    pub fn new(example: &Example, params: Params, opts: RunOptions, runs: u64) -> Result<Explorer, ExploreError> {
        if runs == 0 || runs > MAX_RUNS {
            return Err(ExploreError(format!(
                "{}: cannot explore {runs} runs: the number of runs must be in 1..{MAX_RUNS}",
                example.id
            )));
        }
        example.validate(&params).map_err(|e| ExploreError(e.0))?;
        let program = example.program(&params).map_err(|e| ExploreError(format!("{}: {e}", example.id)))?;
        let cfg = example.config(&params, &opts);
        Explorer::with_program(example, params, opts, cfg, program, runs)
    }

    /// Prepare to run an already compiled program (an edited source) with the run
    /// configuration `cfg` (each run replaces its seed) over seeds `1..=runs`.
    pub fn with_program(
        example: &Example,
        params: Params,
        opts: RunOptions,
        cfg: Config,
        program: Rc<Program>,
        runs: u64,
    ) -> Result<Explorer, ExploreError> {
        if runs == 0 || runs > MAX_RUNS {
            return Err(ExploreError(format!(
                "cannot explore {runs} runs: the number of runs must be in 1..{MAX_RUNS}"
            )));
        }
        let opts = RunOptions { trace: false, ..opts };
        let cfg = Config { trace: false, ..cfg };
        Ok(Explorer {
            example: example.clone(),
            params,
            opts,
            cfg,
            program,
            runs,
            next: 1,
            classes: Vec::new(),
            index: HashMap::new(),
        })
    }

    /// Run up to `k` more seeds; true while seeds remain.
    pub fn run_batch(&mut self, k: usize) -> bool {
        let mut left = k;
        while left > 0 && self.next <= self.runs {
            let seed = self.next;
            self.next += 1;
            left -= 1;
            let cfg = Config { seed, ..self.cfg.clone() };
            let out = self.program.runtime(cfg, Vec::new()).run();
            self.record(seed, &out);
        }
        !self.is_done()
    }

    fn record(&mut self, seed: u64, out: &Outcome) {
        let key = outcome_key(out);
        match self.index.get(&key) {
            Some(&i) => {
                let c = &mut self.classes[i];
                c.count += 1;
                c.seeds.push(seed);
            }
            None => {
                self.index.insert(key.clone(), self.classes.len());
                let (stdout, status, report_line) = key;
                self.classes.push(OutcomeClass { stdout, status, report_line, count: 1, seeds: vec![seed] });
            }
        }
    }

    /// Run every remaining seed.
    pub fn run_all(&mut self) {
        while self.run_batch(64) {}
    }

    /// (runs done, runs in total).
    pub fn progress(&self) -> (u64, u64) {
        (self.next - 1, self.runs)
    }

    pub fn is_done(&self) -> bool {
        self.next > self.runs
    }

    /// The distinct outcomes so far, most frequent first (ties: the one seen first).
    pub fn results(&self) -> Vec<&OutcomeClass> {
        let mut v: Vec<&OutcomeClass> = self.classes.iter().collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.seed().cmp(&b.seed())));
        v
    }

    /// Run one seed again with the exploration's settings (with the event trace, for
    /// display): it reproduces that seed's outcome exactly.
    pub fn replay_traced(&self, seed: u64) -> Outcome {
        let opts = RunOptions { seed, trace: true, ..self.opts.clone() };
        self.program.runtime(self.example.config(&self.params, &opts), Vec::new()).run()
    }

    /// Run one seed with the exploration's settings.
    pub fn replay(&self, seed: u64) -> Outcome {
        let opts = RunOptions { seed, ..self.opts.clone() };
        self.program.runtime(self.example.config(&self.params, &opts), Vec::new()).run()
    }

    pub fn example(&self) -> &Example {
        &self.example
    }

    pub fn params(&self) -> &Params {
        &self.params
    }
}

impl std::fmt::Debug for Explorer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Explorer")
            .field("example", &self.example.id)
            .field("params", &self.params)
            .field("opts", &self.opts)
            .field("progress", &self.progress())
            .field("outcomes", &self.classes.len())
            .finish()
    }
}
