//! Shared helpers for the per-lesson example tests: look up an example, run it at some
//! settings, and find a statement's line in the rendered Go source.

#![allow(dead_code)]

use chanlab::course::{Course, Example};
use chanlab::runtime::Outcome;

pub fn example(id: &str) -> Example {
    let (course, _) = Course::load();
    course.example(id).unwrap_or_else(|| panic!("no example {id}")).clone()
}

/// Run `id` at these settings (on top of the defaults) with `seed`.
pub fn run_seed(id: &str, sets: &[(&str, &str)], seed: u64) -> Outcome {
    let ex = example(id);
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    ex.run(&p, seed, false).expect("the example compiles")
}

/// Run `id` at these settings with seed 1.
pub fn run(id: &str, sets: &[(&str, &str)]) -> Outcome {
    run_seed(id, sets, 1)
}

/// The 1-based lines of the rendered Go source (at these settings) that start with `code`
/// (after indentation).
pub fn lines(id: &str, sets: &[(&str, &str)], code: &str) -> Vec<u32> {
    let ex = example(id);
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    let src = ex.render(&p).expect("renders").source;
    src.lines().enumerate().filter(|(_, l)| l.trim_start().starts_with(code)).map(|(i, _)| i as u32 + 1).collect()
}

/// The one line of the rendered Go source that starts with `code`; panics unless exactly
/// one line does.
pub fn line(id: &str, sets: &[(&str, &str)], code: &str) -> u32 {
    let found = lines(id, sets, code);
    assert_eq!(found.len(), 1, "{id}: lines starting with `{code}`: {found:?}");
    found[0]
}
