//! `atomic-counter`: many goroutines each add one to an `atomic.Int64`. Each `Add` is a
//! single indivisible operation, so the final count always equals the number of goroutines.

use super::{Main, Params};
use crate::runtime::{self as go, AtomicInt, WaitGroup};

pub fn build(p: &Params) -> Main {
    let goroutines = p.int("goroutines");
    Box::pin(async move {
        let count = AtomicInt::new(0);
        let wg = WaitGroup::new();
        for _ in 0..goroutines {
            wg.add(1).await;
            let (count, wg) = (count.clone(), wg.clone());
            go::go("main.main.func1", "go-inc", async move {
                go::defer(async move { wg.done().await });
                go::at("inc");
                count.add(1);
            });
        }
        go::at("wait");
        wg.wait().await;
        go::println(format!("final count: {}", count.load()));
    })
}
