//! `worker-pool`: a fixed crew of workers squaring numbers from a shared jobs channel.
//! The sum is the same whatever the schedule; forgetting `close(jobs)` deadlocks, and closing
//! `results` before the workers are done panics.

use super::{Main, Params};
use crate::runtime::{self as go, Chan, RecvOnly, SendOnly, WaitGroup};

async fn worker(jobs: RecvOnly<i64>, results: SendOnly<i64>, wg: WaitGroup) {
    let done = wg.clone();
    go::defer(async move { done.done().await });
    while let Some(n) = jobs.next().at("range-jobs").await {
        results.send(n * n).at("send-result").await;
    }
}

pub fn build(p: &Params) -> Main {
    let (workers, jobs_n, buffer) = (p.int("workers"), p.int("jobs"), p.int("buffer") as usize);
    let (close_jobs, close_after_wait) = (p.flag("close_jobs"), p.flag("close_after_wait"));
    Box::pin(async move {
        let jobs: Chan<i64> = Chan::new(buffer).named("jobs");
        let results: Chan<i64> = Chan::new(buffer).named("results");
        let wg = WaitGroup::new();
        for _ in 1..=workers {
            wg.add(1).await;
            go::go("main.worker", "go-worker", worker(jobs.recv_only(), results.send_only(), wg.clone()));
        }
        for n in 1..=jobs_n {
            jobs.send(n).at("send-job").await;
        }
        if close_jobs {
            jobs.close().await;
        }
        go::at("wait");
        if close_after_wait {
            wg.wait().await;
            results.close().await;
        } else {
            results.close().await;
            go::at("wait");
            wg.wait().await;
        }
        let mut sum = 0;
        while let Some(r) = results.next().await {
            sum += r;
        }
        go::println(format!("sum of squares: {sum}"));
    })
}
