//! `axioms`: one cell of the channel axioms table per run — `op` (send, receive, close) on a
//! channel in `state` nil, open (capacity 1, empty) or closed. Nil channels block forever
//! (deadlock report `chan send (nil chan)` / `chan receive (nil chan)`), a send on or close of
//! a closed channel and a close of a nil channel panic, a receive from a closed channel
//! yields the zero value and `ok == false`, and a receive from the empty open channel waits
//! for a sender that never comes.

use super::{Main, Params};
use crate::runtime::{self as go, Chan};

pub fn build(p: &Params) -> Main {
    let (op, state) = (p.choice("op").to_string(), p.choice("state").to_string());
    Box::pin(async move {
        let mut ch: Chan<i64> = Chan::nil();
        if state != "nil" {
            ch = Chan::new(1).named("ch");
        }
        if state == "closed" {
            ch.close().await;
        }
        go::println(format!("channel is {state}, trying to {op}"));
        match op.as_str() {
            "send" => {
                ch.send(1).at("op").await;
                go::println("sent 1");
            }
            "receive" => {
                let (v, ok) = ch.recv_ok().at("op").await;
                go::println(format!("received {v} ok = {ok}"));
            }
            _ => {
                ch.close().at("op").await;
                go::println("closed it");
            }
        }
    })
}
