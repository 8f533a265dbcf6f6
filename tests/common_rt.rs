//! Shared helpers for the runtime tests: run an async main on a fresh simulated runtime.

#![allow(dead_code)]

use chanlab::runtime::{self as go, Config, Mutex, Outcome, Runtime, Shared, WaitGroup};
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

/// `n` goroutines each do `count++` (a read, then a write: labels `read` and `write`),
/// optionally inside one mutex; returns once all are done.
pub async fn increments(n: i64, locked: bool, count: Shared<i64>) {
    let mu = Mutex::new();
    let wg = WaitGroup::new();
    for _ in 0..n {
        wg.add(1).await;
        let (count, mu, wg) = (count.clone(), mu.clone(), wg.clone());
        go::go("main.main.func1", "go", async move {
            if locked {
                mu.lock().await;
            }
            go::at("read");
            let v = count.load().await;
            go::at("write");
            count.store(v + 1).await;
            if locked {
                mu.unlock().await;
            }
            wg.done().await;
        });
    }
    wg.wait().await;
}
