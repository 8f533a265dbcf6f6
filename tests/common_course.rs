//! Shared helpers for the per-lesson example tests: look up an example, run it at some
//! settings, and find the rendered Go line of a `//@label`.

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
    ex.run(&p, seed, false).expect("example has a program")
}

/// Run `id` at these settings with seed 1.
pub fn run(id: &str, sets: &[(&str, &str)]) -> Outcome {
    run_seed(id, sets, 1)
}

/// The rendered Go source's line for `label` at these settings.
pub fn line(id: &str, sets: &[(&str, &str)], label: &str) -> u32 {
    let ex = example(id);
    let p = ex.resolve(sets.iter().copied()).expect("valid settings");
    ex.render(&p).expect("renders").lines[label]
}
