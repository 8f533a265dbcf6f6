//! `race-counter`: many goroutines increment one counter. Unprotected, `count++` is a read
//! and a write with no happens-before edge between goroutines, so the race detector reports
//! it; a mutex or an atomic add supplies the edge and the report goes away.

use super::{Main, Params};
use crate::runtime::{self as go, AtomicInt, Mutex, Shared, WaitGroup};

pub fn build(p: &Params) -> Main {
    let n = p.int("goroutines");
    let fix = p.choice("fix").to_string();
    Box::pin(async move {
        let wg = WaitGroup::new();
        let mu = Mutex::new();
        let count = Shared::new(0i64);
        let atomic = AtomicInt::new(0);
        for _ in 0..n {
            wg.add(1).await;
            let (wg, mu, count, atomic, fix) = (wg.clone(), mu.clone(), count.clone(), atomic.clone(), fix.clone());
            go::go("main.main.func1", "go", async move {
                let done = wg.clone();
                go::defer(async move { done.done().await });
                go::at("inc");
                match fix.as_str() {
                    "mutex" => {
                        mu.lock().await;
                        go::at("inc");
                        let v = count.load().await;
                        count.store(v + 1).await;
                        mu.unlock().await;
                    }
                    "atomic" => {
                        atomic.add(1);
                    }
                    _ => {
                        let v = count.load().await;
                        count.store(v + 1).await;
                    }
                }
            });
        }
        go::at("wait");
        wg.wait().await;
        let total = if fix == "atomic" { atomic.load() } else { count.load().await };
        go::println(format!("final count: {total}"));
    })
}
