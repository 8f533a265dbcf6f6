//! `context-timeout`: a worker that does one step of work every `step_ms` (steps due at fixed
//! times from the start of `main`, taken before the context) and returns as soon as its context's timeout closes `ctx.Done()`.
//! With the defaults (500 ms timeout, 200 ms steps) it prints `working...` three times, then
//! `worker stopping: context deadline exceeded`.

use super::{Main, Params};
use crate::runtime::context::{self, Context};
use crate::runtime::{self as go, after, now, Select, Time};

async fn worker(ctx: Context, start: Time, step_ns: i64) {
    for step in 1.. {
        go::println("working...");
        let next = Time(start.0 + step * step_ns);
        let stop =
            Select::new().recv(&ctx.done(), |_, _| true).recv(&after(next.sub(now())), |_, _| false).at("select").await;
        if stop {
            go::println(format!("worker stopping: {}", context::err_string(ctx.err())));
            return;
        }
    }
}

pub fn build(p: &Params) -> Main {
    let (timeout, step) = (p.ms("timeout_ms"), p.ms("step_ms"));
    Box::pin(async move {
        let start = now();
        let (ctx, cancel) = context::with_timeout(&context::background(), timeout, "ctx");
        go::defer(async move { cancel.call() });
        worker(ctx, start, step).await;
    })
}
