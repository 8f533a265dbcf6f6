//! `buffered`: main alone sends `sends` values into a channel of capacity `capacity`. Each
//! send succeeds while the buffer has room; the first send that finds it full waits for a
//! receiver that never comes, so Go reports a deadlock naming the send's line. Otherwise the
//! values are received back in FIFO order.

use super::{Main, Params};
use crate::runtime::{self as go, Chan};

pub fn build(p: &Params) -> Main {
    let (capacity, sends) = (p.int("capacity") as usize, p.int("sends"));
    Box::pin(async move {
        let ch: Chan<i64> = Chan::new(capacity).named("ch");
        for i in 1..=sends {
            ch.send(i).at("send").await;
            go::println(format!("sent {i} (len {}, cap {})", ch.len(), ch.cap()));
        }
        while !ch.is_empty() {
            let v = ch.recv().await;
            go::println(format!("received {v}"));
        }
        go::println("done");
    })
}
