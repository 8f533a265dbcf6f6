//! `select-timeout`: main waits for a worker's result or `time.After(timeout)`, whichever
//! comes first, then keeps running a little longer than the work takes and prints
//! `runtime.NumGoroutine()`. With an unbuffered result channel, a worker that finishes after
//! main gave up blocks on its send forever (2 goroutines, and the leak report names the
//! send); with a buffer of one it hands over its result and returns (1 goroutine).

use super::{Main, Params};
use crate::runtime::{self as go, after, sleep, Chan, Select};

pub fn build(p: &Params) -> Main {
    let (work, timeout, buffered) = (p.ms("work_ms"), p.ms("timeout_ms"), p.flag("buffered_result"));
    Box::pin(async move {
        let result: Chan<String> = Chan::new(if buffered { 1 } else { 0 }).named("result");
        let tx = result.clone();
        go::go("main.main.func1", "go", async move {
            sleep(work).at("work").await;
            tx.send("done".to_string()).at("send").await;
        });
        let timeout_ch = after(timeout);
        let got = Select::new().recv(&result, |r, _| Some(r)).recv(&timeout_ch, |_, _| None).at("select").await;
        match got {
            Some(r) => go::println(format!("got: {r}")),
            None => go::println("gave up waiting"),
        }
        sleep(work + 100 * 1_000_000).at("linger").await;
        go::println(format!("goroutines still running: {}", go::num_goroutine()));
    })
}
