//! `mutex-counter`: many goroutines each do `count++` on one shared variable. With the mutex
//! every increment survives. Without it, `count++` is a separate read and write; under
//! `GOMAXPROCS=1` nothing interleaves them, but with several processors (the runtime's
//! parallel mode, set from the `gomaxprocs` parameter) two goroutines can read the same
//! value and one update is lost.

use super::{Main, Params};
use crate::runtime::{self as go, Mutex, Shared, WaitGroup};

pub fn build(p: &Params) -> Main {
    let (goroutines, lock) = (p.int("goroutines"), p.flag("lock"));
    Box::pin(async move {
        // runtime.GOMAXPROCS(n) is applied by the course layer through `Config.gomaxprocs`.
        let count = Shared::new(0i64);
        let mu = lock.then(|| Mutex::new().named("mu"));
        let wg = WaitGroup::new();
        for _ in 0..goroutines {
            wg.add(1).await;
            let (count, mu, wg) = (count.clone(), mu.clone(), wg.clone());
            go::go("main.main.func1", "go-inc", async move {
                go::defer(async move { wg.done().await });
                if let Some(mu) = &mu {
                    go::at("lock");
                    mu.lock().await;
                }
                go::at("inc");
                let v = count.load().await; // count++ reads...
                count.store(v + 1).await; // ...then writes
                if let Some(mu) = &mu {
                    mu.unlock().await;
                }
            });
        }
        go::at("wait");
        wg.wait().await;
        let final_count = count.load().await;
        go::println(format!("final count: {final_count}"));
    })
}
