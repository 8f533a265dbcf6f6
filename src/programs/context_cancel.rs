//! `context-cancel`: a goroutine blocks on `<-ctx.Done()` until `main` calls `cancel()`,
//! then prints `goroutine: context canceled`. The site's "cancel()" button (the `cancel`
//! control) calls the same `cancel` at the current virtual time, before `main` does.

use super::{Main, Params};
use crate::runtime::context;
use crate::runtime::{self as go, sleep, Chan};

pub fn build(p: &Params) -> Main {
    let after = p.ms("cancel_after_ms");
    Box::pin(async move {
        let (ctx, cancel) = context::with_cancel(&context::background(), "ctx");
        let live = cancel.clone();
        go::on_inject("cancel", move || live.call());
        let stopped: Chan<()> = Chan::new(0).named("stopped");

        let st = stopped.clone();
        go::go("main.main.func1", "go-waiter", async move {
            ctx.done().recv().at("wait-done").await;
            go::println(format!("goroutine: {}", context::err_string(ctx.err())));
            st.close().await;
        });

        sleep(after).at("sleep").await;
        go::println("main: calling cancel()");
        cancel.call();
        stopped.recv().at("wait-stopped").await;
        go::println("main: the goroutine has stopped");
    })
}
