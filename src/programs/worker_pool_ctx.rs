//! `worker-pool-ctx`: a worker pool whose workers stop at the context's deadline. Every job
//! is queued up front; each worker waits out its job's work in a `select` against
//! `ctx.Done()`, so a short timeout interrupts the pool part-way and the remaining jobs are
//! left in the queue. `runPool` collects the results in the order the workers finished;
//! `main` prints them, then how many jobs were processed.

use super::{Main, Params};
use crate::runtime::context::{self, Context};
use crate::runtime::{self as go, after, Chan, RecvOnly, Select, SendOnly, WaitGroup};

/// Go's `Job` struct.
#[derive(Clone, Debug, Default)]
struct Job {
    id: i64,
    payload: String,
}

async fn worker(ctx: Context, id: i64, jobs: RecvOnly<Job>, results: SendOnly<String>, wg: WaitGroup, work: i64) {
    let done = wg.clone();
    go::defer(async move { done.done().await });
    while let Some(job) = jobs.next().at("range-jobs").await {
        let finished =
            Select::new().recv(&ctx.done(), |_, _| false).recv(&after(work), |_, _| true).at("select-work").await;
        if !finished {
            return;
        }
        results.send(format!("worker {id} processed job {}: {}", job.id, job.payload)).at("send-result").await;
    }
}

/// Go's `runPool`: called by `main`, not a goroutine.
async fn run_pool(ctx: &Context, workers: i64, jobs: RecvOnly<Job>, work: i64) -> Vec<String> {
    let results: Chan<String> = Chan::new(0).named("results");
    let wg = WaitGroup::new();
    for w in 1..=workers {
        wg.add(1).await;
        let f = worker(ctx.clone(), w, jobs.clone(), results.send_only(), wg.clone(), work);
        go::go_in("main.runPool", "main.worker", "go-worker", f);
    }
    let (wg2, res2) = (wg.clone(), results.clone());
    go::go("main.runPool.func1", "go-closer", async move {
        go::at("wait");
        wg2.wait().await;
        res2.close().await;
    });

    let mut done = Vec::new();
    while let Some(r) = results.next().at("range-results").await {
        done.push(r);
    }
    done
}

pub fn build(p: &Params) -> Main {
    let (workers, jobs_n, work, timeout) = (p.int("workers"), p.int("jobs"), p.ms("work_ms"), p.ms("timeout_ms"));
    Box::pin(async move {
        let (ctx, cancel) = context::with_timeout(&context::background(), timeout, "ctx");
        go::defer(async move { cancel.call() });

        let jobs: Chan<Job> = Chan::new(jobs_n as usize).named("jobs");
        for i in 1..=jobs_n {
            jobs.send(Job { id: i, payload: format!("task-{i}") }).await;
        }
        jobs.close().await;

        let results = run_pool(&ctx, workers, jobs.recv_only(), work).await;
        for r in &results {
            go::println(r.clone());
        }
        go::println(format!(
            "{} of {jobs_n} jobs processed, ctx.Err() = {}",
            results.len(),
            context::err_string(ctx.err())
        ));
    })
}
