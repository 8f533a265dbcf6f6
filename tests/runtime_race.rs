//! The race detector (`go run -race`): happens-before over vector clocks. The classic cases:
//! an unsynchronised counter and an unsynchronised flag are reported; a counter under a mutex,
//! atomics, a channel hand-off, a WaitGroup, `Once`, and a write before the `go` statement
//! are not. Reports follow Go's format and a racy program exits with status 66.

mod common_rt;
use chanlab::runtime::{self as go, AtomicInt, Chan, Config, Once, Outcome, Runtime, Shared, WaitGroup};
use std::collections::HashMap;
use std::future::Future;

fn lines() -> HashMap<String, u32> {
    [("go", 10), ("read", 13), ("write", 14), ("main-read", 20)].into_iter().map(|(k, v)| (k.to_string(), v)).collect()
}

fn race_run<F: Future<Output = ()> + 'static>(seed: u64, main: F) -> Outcome {
    Runtime::new(Config { seed, race: true, lines: lines(), ..Config::default() }, main).run()
}

/// `n` goroutines each do `counter++` (a read then a write), optionally inside `mu`; then
/// main reads and prints the count.
async fn counter(n: i64, locked: bool) {
    let count = Shared::new(0i64);
    common_rt::increments(n, locked, count.clone()).await;
    go::at("main-read");
    let v = count.load().await;
    go::println(format!("count: {v}"));
}

#[test]
fn an_unsynchronised_counter_is_reported_in_gos_format_with_status_66() {
    let out = race_run(1, counter(3, false));
    assert_eq!(out.stdout, "count: 3\n");
    assert_eq!(out.status, 66, "{}", out.stderr);
    assert!(out.stderr.starts_with("==================\nWARNING: DATA RACE\n"), "{}", out.stderr);
    // Under GOMAXPROCS=1 the last goroutine started (9, in runnext) runs first; goroutine 7
    // then reads what 9 wrote, with no edge between them.
    assert!(out.stderr.contains("Read at 0x"), "{}", out.stderr);
    assert!(out.stderr.contains("by goroutine 7:\n  main.main.func1()\n      main.go:13\n"), "{}", out.stderr);
    assert!(out.stderr.contains("\nPrevious write at 0x"), "{}", out.stderr);
    assert!(out.stderr.contains("by goroutine 9:\n  main.main.func1()\n      main.go:14\n"), "{}", out.stderr);
    assert!(
        out.stderr.contains("\nGoroutine 7 (running) created at:\n  main.main()\n      main.go:10\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("\nGoroutine 9 (finished) created at:\n  main.main()\n      main.go:10\n"),
        "{}",
        out.stderr
    );
    // One report per variable, and the summary at exit.
    assert_eq!(out.stderr.matches("WARNING: DATA RACE").count(), 1, "{}", out.stderr);
    assert!(out.stderr.ends_with("==================\nFound 1 data race(s)\n"), "{}", out.stderr);
}

#[test]
fn a_counter_under_a_mutex_is_clean() {
    for seed in 1..=3 {
        let out = race_run(seed, counter(20, true));
        assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "count: 20\n"));
    }
}

#[test]
fn a_counter_under_a_mutex_is_clean_in_parallel_mode_too() {
    for seed in 1..=5 {
        let cfg = Config { seed, race: true, gomaxprocs: 4, lines: lines(), ..Config::default() };
        let out = Runtime::new(cfg, counter(20, true)).run();
        assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "count: 20\n"));
    }
}

#[test]
fn the_unlocked_counter_is_reported_whatever_the_seed_and_gomaxprocs() {
    for (seed, procs) in [(1, 1), (2, 2), (3, 4), (4, 8)] {
        let cfg = Config { seed, race: true, gomaxprocs: procs, lines: lines(), ..Config::default() };
        let out = Runtime::new(cfg, counter(10, false)).run();
        assert_eq!(out.status, 66, "seed {seed} procs {procs}: {}", out.stderr);
        assert_eq!(out.stderr.matches("WARNING: DATA RACE").count(), 1);
    }
}

#[test]
fn atomics_are_clean() {
    let out = race_run(1, async {
        let n = AtomicInt::new(0);
        let wg = WaitGroup::new();
        for _ in 0..10 {
            wg.add(1).await;
            let (n, wg) = (n.clone(), wg.clone());
            go::go("main.main.func1", "go", async move {
                n.add(1);
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println(format!("{}", n.load()));
    });
    assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "10\n"));
}

#[test]
fn a_counter_handed_from_goroutine_to_goroutine_over_a_channel_is_clean() {
    let out = race_run(1, async {
        let count = Shared::new(0i64);
        let token: Chan<()> = Chan::new(1);
        token.send(()).await;
        let done: Chan<()> = Chan::new(0);
        for _ in 0..5 {
            let (count, token, done) = (count.clone(), token.clone(), done.clone());
            go::go("main.main.func1", "go", async move {
                token.recv().await; // take the token: the previous holder's writes happened before
                let v = count.load().await;
                count.store(v + 1).await;
                token.send(()).await;
                done.send(()).await;
            });
        }
        for _ in 0..5 {
            done.recv().await;
        }
        go::println(format!("{}", count.load().await));
    });
    assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "5\n"));
}

#[test]
fn a_write_before_the_go_statement_is_visible_to_the_goroutine() {
    let out = race_run(1, async {
        let x = Shared::new(0i64);
        x.store(42).await;
        let done: Chan<()> = Chan::new(0);
        let (x2, d2) = (x.clone(), done.clone());
        go::go("main.main.func1", "go", async move {
            go::println(format!("{}", x2.load().await));
            d2.send(()).await;
        });
        done.recv().await;
    });
    assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "42\n"));
}

#[test]
fn a_write_after_the_go_statement_races_with_the_goroutines_read() {
    let out = race_run(1, async {
        let x = Shared::new(0i64);
        let done: Chan<()> = Chan::new(0);
        let (x2, d2) = (x.clone(), done.clone());
        go::go("main.main.func1", "go", async move {
            go::at("read");
            x2.load().await;
            d2.send(()).await;
        });
        go::at("write");
        x.store(42).await;
        done.recv().await;
    });
    assert_eq!(out.status, 66, "{}", out.stderr);
    assert!(out.stderr.contains("Read at 0x") && out.stderr.contains("by goroutine 7:"), "{}", out.stderr);
    assert!(out.stderr.contains("Previous write at 0x") && out.stderr.contains("by goroutine 1:"), "{}", out.stderr);
    // Goroutine 1 (main) has no creation site to print.
    assert!(!out.stderr.contains("Goroutine 1 "), "{}", out.stderr);
}

#[test]
fn results_written_before_done_are_visible_after_wait() {
    let out = race_run(1, async {
        let slots: Vec<Shared<i64>> = (0..4).map(|_| Shared::new(0)).collect();
        let wg = WaitGroup::new();
        for (i, s) in slots.iter().enumerate() {
            wg.add(1).await;
            let (s, wg) = (s.clone(), wg.clone());
            go::go("main.main.func1", "go", async move {
                s.store(i as i64 * 10).await;
                wg.done().await;
            });
        }
        wg.wait().await;
        let mut sum = 0;
        for s in &slots {
            sum += s.load().await;
        }
        go::println(format!("{sum}"));
    });
    assert_eq!((out.status, out.stderr.as_str(), out.stdout.as_str()), (0, "", "60\n"));
}

#[test]
fn once_orders_the_initialisation_before_every_caller() {
    let out = race_run(1, async {
        let cfg = Shared::new(0i64);
        let once = Once::new();
        let wg = WaitGroup::new();
        for _ in 0..3 {
            wg.add(1).await;
            let (cfg, once, wg) = (cfg.clone(), once.clone(), wg.clone());
            go::go("main.main.func1", "go", async move {
                let c2 = cfg.clone();
                once.call(|| async move { c2.store(7).await }).await;
                let _ = cfg.load().await;
                wg.done().await;
            });
        }
        wg.wait().await;
    });
    assert_eq!((out.status, out.stderr.as_str()), (0, ""));
}

#[test]
fn an_unsynchronised_flag_publish_is_reported() {
    // data = 42; ready = true in a goroutine; main spins on ready with Gosched, then reads data.
    let out = race_run(1, async {
        let data = Shared::new(0i64);
        let ready = Shared::new(false);
        let (d2, r2) = (data.clone(), ready.clone());
        go::go("main.main.func1", "go", async move {
            go::at("write");
            d2.store(42).await;
            r2.store(true).await;
        });
        go::at("read");
        while !ready.load().await {
            go::gosched().await;
        }
        go::at("main-read");
        go::println(format!("{}", data.load().await));
    });
    assert_eq!(out.stdout, "42\n");
    assert_eq!(out.status, 66, "{}", out.stderr);
    // Both variables race: the flag and the data it was meant to publish.
    assert!(out.stderr.ends_with("Found 2 data race(s)\n"), "{}", out.stderr);
}

#[test]
fn without_the_detector_nothing_is_reported() {
    let out = Runtime::new(Config::default(), counter(3, false)).run();
    assert_eq!((out.status, out.stderr.as_str()), (0, ""));
}

#[test]
fn a_race_report_comes_when_the_race_happens_before_later_output() {
    // Real Go 1.27.3 on race-counter: the report, then `final count: 100`, then the summary.
    let out = race_run(1, counter(3, false));
    let term = out.terminal();
    let at = |s: &str| term.find(s).unwrap_or_else(|| panic!("no {s:?} in {term}"));
    assert!(at("WARNING: DATA RACE") < at("count: 3") && at("count: 3") < at("Found 1"), "{term}");
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    out.write_to(&mut stdout, &mut stderr).unwrap();
    assert_eq!((String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap()), (out.stdout, out.stderr));
}
