//! `close-range`: a goroutine sends `0..count` on an unbuffered channel and (with `close`)
//! closes it; main ranges over the channel. Without `close(ch)` the range loop waits for a
//! value that never comes: once the sender has returned, Go reports a deadlock at the range.

use super::{Main, Params};
use crate::runtime::{self as go, Chan};

pub fn build(p: &Params) -> Main {
    let (count, close) = (p.int("count"), p.flag("close"));
    Box::pin(async move {
        let ch: Chan<i64> = Chan::new(0).named("ch");
        let tx = ch.clone();
        go::go("main.main.func1", "go", async move {
            for i in 0..count {
                tx.send(i).at("send").await;
            }
            if close {
                tx.close().await;
            }
        });
        while let Some(v) = ch.next().at("range").await {
            go::println(format!("got {v}"));
        }
        go::println("channel closed: loop finished");
    })
}
