//! Parallel mode (`GOMAXPROCS` > 1): running goroutines interleave at every runtime operation
//! and shared-variable access, chosen by the seeded RNG.

mod common_rt;
use chanlab::runtime::{self as go, Config, Runtime, Shared, WaitGroup};

/// The final count after `n` goroutines each do `count++` (optionally locked).
fn counter(procs: u32, seed: u64, lock: bool, n: i64) -> i64 {
    let total = Shared::new(0i64);
    let cfg = Config { gomaxprocs: procs, seed, ..Config::default() };
    let out = Runtime::new(cfg, common_rt::increments(n, lock, total.clone())).run();
    assert_eq!(out.status, 0, "{}", out.report);
    total.peek()
}

#[test]
fn unsynchronised_increments_lose_updates_only_with_several_processors() {
    assert_eq!(counter(1, 1, false, 1000), 1000);
    let lost: Vec<i64> = (1..=5).map(|seed| counter(4, seed, false, 1000)).collect();
    assert!(lost.iter().all(|&c| c < 1000), "{lost:?}");
    let distinct: std::collections::BTreeSet<_> = lost.iter().collect();
    assert!(distinct.len() > 1, "the count should vary with the seed: {lost:?}");
}

#[test]
fn a_mutex_keeps_every_update_with_several_processors() {
    for seed in 1..=3 {
        assert_eq!(counter(4, seed, true, 500), 500);
    }
}

#[test]
fn parallel_runs_are_deterministic_for_a_seed() {
    assert_eq!(counter(3, 9, false, 300), counter(3, 9, false, 300));
}

#[test]
fn the_timeline_shows_which_processor_ran_each_turn() {
    let cfg = Config { gomaxprocs: 2, trace: true, ..Config::default() };
    let out = Runtime::new(cfg, async {
        let wg = WaitGroup::new();
        for _ in 0..4 {
            wg.add(1).await;
            let wg = wg.clone();
            go::go("main.main.func1", "", async move {
                go::gosched().await;
                wg.done().await;
            });
        }
        wg.wait().await;
    })
    .run();
    let procs: std::collections::BTreeSet<u32> = out
        .events
        .iter()
        .filter_map(|e| match e {
            chanlab::runtime::Event::Run { p, .. } => Some(*p),
            _ => None,
        })
        .collect();
    assert_eq!(procs.into_iter().collect::<Vec<_>>(), [0, 1]);
}

/// `writers` goroutines each write 50 keys into one map without a lock.
async fn map_writers(writers: i64) {
    let m: chanlab::runtime::GoMap<i64, i64> = chanlab::runtime::GoMap::new();
    let wg = chanlab::runtime::WaitGroup::new();
    for w in 0..writers {
        wg.add(1).await;
        let (m, wg) = (m.clone(), wg.clone());
        go::go("main.main.func1", "", async move {
            for k in 0..50 {
                m.insert(w * 100 + k, k).await;
            }
            wg.done().await;
        });
    }
    wg.wait().await;
    go::println(format!("{} keys", m.len()));
}

#[test]
fn unlocked_map_writers_hit_concurrent_map_writes_only_in_parallel() {
    for seed in 1..=5 {
        let out = Runtime::new(Config { seed, ..Config::default() }, map_writers(4)).run();
        assert_eq!((out.status, out.stdout.as_str()), (0, "200 keys\n"), "seed {seed}");
    }
    let hits = (1..=5)
        .map(|seed| Runtime::new(Config { seed, gomaxprocs: 4, ..Config::default() }, map_writers(4)).run())
        .filter(|out| {
            out.status == 2 && out.stderr.starts_with("fatal error: concurrent map writes\n") && out.stdout.is_empty()
        })
        .count();
    assert!(hits >= 3, "only {hits} of 5 seeds hit the fatal error");
}
