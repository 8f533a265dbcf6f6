//! `fan-out-fan-in`: workers share one jobs channel (fan-out) and one results channel
//! (fan-in). A feeder goroutine sends the items and closes `jobs`; a closer goroutine closes
//! `results` once the WaitGroup says every worker has returned.

use super::{Main, Params};
use crate::runtime::{self as go, Chan, RecvOnly, SendOnly, WaitGroup};

async fn worker(id: i64, jobs: RecvOnly<String>, results: SendOnly<String>, wg: WaitGroup) {
    let done = wg.clone();
    go::defer(async move { done.done().await });
    while let Some(item) = jobs.next().at("range-jobs").await {
        results.send(format!("worker-{id} processed {item}")).at("send-result").await;
    }
}

pub fn build(p: &Params) -> Main {
    let (items, workers) = (p.int("items"), p.int("workers"));
    Box::pin(async move {
        let jobs: Chan<String> = Chan::new(0).named("jobs");
        let results: Chan<String> = Chan::new(0).named("results");
        let wg = WaitGroup::new();
        for w in 1..=workers {
            wg.add(1).await;
            go::go("main.worker", "go-worker", worker(w, jobs.recv_only(), results.send_only(), wg.clone()));
        }
        let feed = jobs.clone();
        go::go("main.main.func1", "go-feed", async move {
            for i in 0..items {
                let item = char::from(b'a' + i as u8).to_string();
                feed.send(item).at("send-job").await;
            }
            feed.close().await;
        });
        let (closer_wg, closer_results) = (wg.clone(), results.clone());
        go::go("main.main.func2", "go-closer", async move {
            go::at("wait");
            closer_wg.wait().await;
            closer_results.close().await;
        });
        while let Some(r) = results.next().at("range-results").await {
            go::println(r);
        }
    })
}
