//! `context-deadline`: `select` between the work (a `time.After`) and `ctx.Done()` of a
//! `WithDeadline` context; whichever is ready first decides between `finished work` and
//! `deadline exceeded: context deadline exceeded`. On a tie the work wins, as in Go: the
//! deadline cancels the context from a new goroutine, which runs after the woken `main`.

use super::{Main, Params};
use crate::runtime::context;
use crate::runtime::{self as go, after, now, Select, Time};

pub fn build(p: &Params) -> Main {
    let (deadline_in, work) = (p.ms("deadline_ms"), p.ms("work_ms"));
    Box::pin(async move {
        let deadline = Time(now().0 + deadline_in);
        let (ctx, cancel) = context::with_deadline(&context::background(), deadline, "ctx");
        go::defer(async move { cancel.call() });

        let line = Select::new()
            .recv(&after(work), |_, _| "finished work".to_string())
            .recv(&ctx.done(), {
                let ctx = ctx.clone();
                move |_, _| format!("deadline exceeded: {}", context::err_string(ctx.err()))
            })
            .at("select")
            .await;
        go::println(line);
    })
}
