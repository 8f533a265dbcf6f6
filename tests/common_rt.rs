//! Shared helpers for the runtime tests: run an async main on a fresh simulated runtime.

#![allow(dead_code)]

use chanlab::runtime::{Config, Outcome, Runtime};
use std::future::Future;

pub fn run<F: Future<Output = ()> + 'static>(main: F) -> Outcome {
    run_seed(1, main)
}

pub fn run_seed<F: Future<Output = ()> + 'static>(seed: u64, main: F) -> Outcome {
    Runtime::new(Config { seed, ..Config::default() }, main).run()
}

pub fn run_traced<F: Future<Output = ()> + 'static>(seed: u64, main: F) -> Outcome {
    Runtime::new(Config { seed, trace: true, ..Config::default() }, main).run()
}

/// The `goroutine N [state]:` headers of a report.
pub fn headers(report: &str) -> Vec<String> {
    report.lines().filter(|l| l.starts_with("goroutine ")).map(str::to_string).collect()
}
