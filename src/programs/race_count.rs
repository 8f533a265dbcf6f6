//! `race-count`: the racy counter run `runs` times in one program, like `go test -count=N`,
//! tallying the final counts. With several processors the unprotected `count++` (a load and
//! a store) loses increments on some runs and not others, so the tally spreads over several
//! values; with one processor, or with the mutex, every run ends at `goroutines`.

use super::{Main, Params};
use crate::runtime::{self as go, Mutex, Shared, WaitGroup};
use std::collections::HashMap;

/// `func counter(n int) int`.
async fn counter(n: i64, fix: bool) -> i64 {
    let wg = WaitGroup::new();
    let mu = Mutex::new().named("mu");
    let count = Shared::new(0i64);
    for _ in 0..n {
        wg.add(1).await;
        let (wg, mu, count) = (wg.clone(), mu.clone(), count.clone());
        go::go("main.counter.func1", "go", async move {
            let done = wg.clone();
            go::defer(async move { done.done().await });
            if fix {
                mu.lock().await;
                go::at("inc");
                let v = count.load().await;
                count.store(v + 1).await;
                mu.unlock().await;
            } else {
                go::at("inc");
                let v = count.load().await;
                count.store(v + 1).await;
            }
        });
    }
    go::at("wait");
    wg.wait().await;
    count.load().await
}

pub fn build(p: &Params) -> Main {
    let runs = p.int("runs");
    let goroutines = p.int("goroutines");
    let fix = p.flag("fix");
    // runtime.GOMAXPROCS(n): the course maps the `gomaxprocs` parameter to the simulated
    // processors (Example::config), so the program itself has nothing to do here.
    Box::pin(async move {
        let mut tally: HashMap<i64, i64> = HashMap::new();
        for _ in 0..runs {
            *tally.entry(counter(goroutines, fix).await).or_insert(0) += 1;
        }
        let mut finals: Vec<i64> = tally.keys().copied().collect();
        finals.sort();
        go::println(format!("final count after {runs} runs of {goroutines} goroutines:"));
        for f in finals {
            let n = tally[&f];
            let bar = "#".repeat(((n * 40 + runs - 1) / runs) as usize);
            go::println(format!("{f:>5} {bar} {n}"));
        }
    })
}
