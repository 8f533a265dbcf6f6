//! `race-map`: writers fill one map. Go's map checks for a write that starts while another is
//! in progress and stops the program with `fatal error: concurrent map writes`; with more
//! than one processor the unlocked writers trip it. A mutex makes the writes take turns.

use super::{Main, Params};
use crate::runtime::{self as go, GoMap, Mutex, WaitGroup};

pub fn build(p: &Params) -> Main {
    let (writers, lock) = (p.int("writers"), p.flag("lock"));
    Box::pin(async move {
        let owners: GoMap<i64, i64> = GoMap::new();
        let mu = Mutex::new();
        let wg = WaitGroup::new();
        for w in 1..=writers {
            wg.add(1).await;
            let (owners, mu, wg) = (owners.clone(), mu.clone(), wg.clone());
            go::go("main.main.func1", "go", async move {
                let done = wg.clone();
                go::defer(async move { done.done().await });
                for k in 0..1000 {
                    if lock {
                        mu.lock().await;
                    }
                    go::at("write");
                    owners.insert(w * 1000 + k, w).await;
                    if lock {
                        mu.unlock().await;
                    }
                }
            });
        }
        go::at("wait");
        wg.wait().await;
        go::println(format!("keys written: {}", owners.len()));
    })
}
