//! `merge`: fan-in. Each producer sends on its own channel; `merge` starts one forwarder per
//! input channel copying values to a single `out` channel, and a closer that closes `out`.
//! With the WaitGroup the closer waits for every forwarder, so every value arrives exactly
//! once. Without it (`wait_group` off) the closer waits for the first forwarder only: the
//! values still in flight are lost, or a forwarder still sending panics on the closed channel.

use super::{Main, Params};
use crate::runtime::{self as go, Chan, RecvOnly, WaitGroup};

/// `producer(id, n)`: a channel that receives `id*1000 + i` for `i` in `0..n`, then closes.
fn producer(id: i64, n: i64) -> RecvOnly<i64> {
    let out: Chan<i64> = Chan::new(0).named("out");
    let tx = out.clone();
    go::go("main.producer.func1", "go-producer", async move {
        for i in 0..n {
            tx.send(id * 1000 + i).at("produce").await;
        }
        tx.close().await;
    });
    out.recv_only()
}

/// `merge(inputs...)`.
async fn merge(inputs: Vec<RecvOnly<i64>>, wait_group: bool) -> RecvOnly<i64> {
    let out: Chan<i64> = Chan::new(0).named("out");
    if wait_group {
        let wg = WaitGroup::new();
        wg.add(inputs.len() as i64).await;
        for input in inputs {
            let (out, wg) = (out.clone(), wg.clone());
            go::go("main.merge.func1", "go-forward", async move {
                let done = wg.clone();
                go::defer(async move { done.done().await });
                while let Some(v) = input.next().at("range-in").await {
                    out.send(v).at("forward").await;
                }
            });
        }
        let (out2, wg) = (out.clone(), wg.clone());
        go::go("main.merge.func2", "go-closer", async move {
            go::at("wait");
            wg.wait().await;
            out2.close().await;
        });
    } else {
        let done: Chan<bool> = Chan::new(inputs.len()).named("done");
        for input in inputs {
            let (out, done) = (out.clone(), done.clone());
            go::go("main.merge.func1", "go-forward", async move {
                while let Some(v) = input.next().at("range-in").await {
                    out.send(v).at("forward").await;
                }
                done.send(true).await;
            });
        }
        let (out2, done) = (out.clone(), done.clone());
        go::go("main.merge.func2", "go-closer", async move {
            done.recv().at("wait").await;
            out2.close().await;
        });
    }
    out.recv_only()
}

pub fn build(p: &Params) -> Main {
    let (producers, items, wait_group) = (p.int("producers"), p.int("items"), p.flag("wait_group"));
    Box::pin(async move {
        let mut inputs = Vec::new();
        for id in 1..=producers {
            inputs.push(producer(id, items));
        }
        let mut counts = vec![0i64; producers as usize + 1];
        let mut total = 0;
        let merged = merge(inputs, wait_group).await;
        while let Some(v) = merged.next().at("range-out").await {
            counts[(v / 1000) as usize] += 1;
            total += 1;
        }
        for (id, count) in counts.iter().enumerate().skip(1) {
            go::println(format!("producer {id}: {count} of {items} values arrived"));
        }
        go::println(format!("total: {total} of {}", producers * items));
    })
}
