//! `context-tree`: a root context, a `request` context below it and `children` contexts
//! below that, each child watched by a goroutine. Cancelling one node cancels it and every
//! descendant (and stops their goroutines), never its parent or siblings; `main` prints
//! each context's `Err()` and how many goroutines stopped.

use super::{Main, Params};
use crate::runtime::context::{self, Context};
use crate::runtime::{self as go, sleep, Chan, SendOnly};

const MS: i64 = 1_000_000;

async fn watch(ctx: Context, id: i64, stopped: SendOnly<i64>) {
    ctx.done().recv().at("watch-done").await;
    stopped.send(id).await;
}

pub fn build(p: &Params) -> Main {
    let (n, at) = (p.int("children"), p.choice("cancel_at").to_string());
    Box::pin(async move {
        let (root, cancel_root) = context::with_cancel(&context::background(), "root");
        let cr = cancel_root.clone();
        go::defer(async move { cr.call() });
        let (request, cancel_request) = context::with_cancel(&root, "request");
        let cq = cancel_request.clone();
        go::defer(async move { cq.call() });

        let stopped: Chan<i64> = Chan::new(n as usize).named("stopped");
        let mut children = Vec::new();
        let mut cancels = Vec::new();
        for i in 0..n {
            let (child, cancel) = context::with_cancel(&request, "child");
            go::go("main.watch", "go-watch", watch(child.clone(), i + 1, stopped.send_only()));
            children.push(child);
            cancels.push(cancel);
        }

        match at.as_str() {
            "root" => cancel_root.call(),
            "request" => cancel_request.call(),
            _ => cancels[0].call(),
        }
        sleep(10 * MS).at("sleep").await;

        go::println(format!("root:        {}", context::err_string(root.err())));
        go::println(format!("  request:   {}", context::err_string(request.err())));
        for (i, child) in children.iter().enumerate() {
            go::println(format!("    child {}: {}", i + 1, context::err_string(child.err())));
        }
        go::println(format!("{} of {} goroutines stopped", stopped.len(), children.len()));
    })
}
