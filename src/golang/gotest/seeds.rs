//! A racy test can pass under one schedule: run it under many seeds and keep the first
//! failing one.

use super::{TestOptions, TestProgram, TestRun};
use std::ops::Range;

/// Run the tests once per seed in `seeds` (stopping at the first failure): the failing
/// seed and its run, or `None` and the first seed's run when every seed passed (an empty
/// range runs `opts.seed` once).
pub fn first_failure(prog: &TestProgram, opts: &TestOptions, seeds: Range<u64>) -> (Option<u64>, TestRun) {
    let mut first = None;
    let seeds = if seeds.is_empty() { opts.seed..opts.seed + 1 } else { seeds };
    for seed in seeds {
        let run = prog.run(&TestOptions { seed, ..opts.clone() });
        if !run.passed {
            return (Some(seed), run);
        }
        first.get_or_insert(run);
    }
    (None, first.expect("at least one seed ran"))
}
