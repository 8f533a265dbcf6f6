//! sync, x/sync and rate rules (the invariants `src/runtime/sync.rs` and `xsync.rs` state),
//! one test per rule.

mod common_rt;
use chanlab::runtime::xsync::{Group, Limiter, Weighted};
use chanlab::runtime::{self as go, context, sleep, AtomicInt, Cond, Mutex, Once, RwMutex, Shared, WaitGroup};
use common_rt::*;

const MS: i64 = 1_000_000;

#[test]
fn negative_waitgroup_counter_panics() {
    let out = run(async { WaitGroup::new().done().await });
    assert!(out.report.starts_with("panic: sync: negative WaitGroup counter"), "{}", out.report);
    assert_eq!(out.status, 2);
}

#[test]
fn waitgroup_wait_returns_when_the_counter_reaches_zero() {
    let out = run(async {
        let wg = WaitGroup::new();
        wg.add(2).await;
        for i in 0..2 {
            let wg = wg.clone();
            go::go("main.main.func1", "", async move {
                sleep((i + 1) * 10 * MS).await;
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println(format!("waited {}", go::gofmt::duration(go::elapsed())));
    });
    assert_eq!(out.stdout, "waited 20ms\n");
}

#[test]
fn waitgroup_wait_blocks_in_sync_waitgroup_wait() {
    // Go 1.27.3: `goroutine 1 [sync.WaitGroup.Wait]:` (Go 1.19 said `semacquire`).
    let out = run(async {
        let wg = WaitGroup::new();
        wg.add(1).await;
        wg.wait().await;
    });
    assert_eq!(headers(&out.report), ["goroutine 1 [sync.WaitGroup.Wait]:"]);
}

#[test]
fn unlock_of_unlocked_mutex_is_a_fatal_error() {
    let out = run(async { Mutex::new().unlock().await });
    assert!(
        out.report.starts_with("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:"),
        "{}",
        out.report
    );
    assert_eq!(out.status, 2);
}

#[test]
fn mutex_admits_one_holder_at_a_time() {
    let out = run(async {
        let mu = Mutex::new();
        let inside = AtomicInt::new(0);
        let max = AtomicInt::new(0);
        let wg = WaitGroup::new();
        for _ in 0..5 {
            wg.add(1).await;
            let (mu, inside, max, wg) = (mu.clone(), inside.clone(), max.clone(), wg.clone());
            go::go("main.main.func1", "", async move {
                mu.lock().await;
                let n = inside.add(1);
                if n > max.load() {
                    max.store(n);
                }
                sleep(5 * MS).await;
                inside.add(-1);
                mu.unlock().await;
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println(format!("max {} took {}", max.load(), go::gofmt::duration(go::elapsed())));
    });
    assert_eq!(out.stdout, "max 1 took 25ms\n");
}

#[test]
fn mutex_lock_blocks_in_sync_mutex_lock() {
    let out = run(async {
        let mu = Mutex::new();
        mu.lock().await;
        mu.lock().await;
    });
    assert_eq!(headers(&out.report), ["goroutine 1 [sync.Mutex.Lock]:"]);
}

#[test]
fn rwmutex_waits_are_named_rlock_and_lock_and_a_second_writer_waits_on_the_mutex() {
    // As Go 1.27.3 dumps them: a reader behind a writer waits in RLock, a writer waiting for
    // readers in Lock, and a writer behind another writer on RWMutex's inner Mutex.
    let out = run(async {
        let (held, busy) = (RwMutex::new(), RwMutex::new());
        held.lock().await;
        busy.rlock().await;
        let h = held.clone();
        go::go("main.main.func1", "", async move { h.rlock().await });
        let b = busy.clone();
        go::go("main.main.func2", "", async move { b.lock().await });
        let h = held.clone();
        go::go("main.main.func3", "", async move { h.lock().await });
        WaitGroup::new().add(1).await;
        let wg = WaitGroup::new();
        wg.add(1).await;
        wg.wait().await;
    });
    assert_eq!(
        headers(&out.report),
        [
            "goroutine 1 [sync.WaitGroup.Wait]:",
            "goroutine 7 [sync.RWMutex.RLock]:",
            "goroutine 8 [sync.RWMutex.Lock]:",
            "goroutine 9 [sync.Mutex.Lock]:"
        ]
    );
}

#[test]
fn cond_wait_blocks_in_sync_cond_wait() {
    let out = run(async {
        let mu = Mutex::new();
        let c = Cond::new(&mu);
        mu.lock().await;
        c.wait().await;
    });
    assert_eq!(headers(&out.report), ["goroutine 1 [sync.Cond.Wait]:"]);
}

#[test]
fn rwmutex_readers_overlap_and_a_pending_writer_blocks_new_readers() {
    let out = run(async {
        let rw = RwMutex::new();
        let wg = WaitGroup::new();
        let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        // Two readers hold the lock; a writer arrives; a third reader arrives after it.
        for (name, delay, write) in [("r1", 0, false), ("r2", 0, false), ("w", 1, true), ("r3", 2, false)] {
            wg.add(1).await;
            let (rw, wg, log) = (rw.clone(), wg.clone(), log.clone());
            go::go("main.main.func1", "", async move {
                sleep(delay * MS).await;
                if write {
                    rw.lock().await;
                } else {
                    rw.rlock().await;
                }
                log.borrow_mut().push(format!("{name}@{}", go::elapsed() / MS));
                sleep(10 * MS).await;
                if write {
                    rw.unlock().await;
                } else {
                    rw.runlock().await;
                }
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println(log.borrow().join(" "));
    });
    // r3 waits for the writer (writer preference) even though readers hold the lock.
    assert_eq!(out.stdout, "r1@0 r2@0 w@10 r3@20\n");
}

#[test]
fn once_runs_its_function_exactly_once() {
    let out = run(async {
        let once = Once::new();
        let wg = WaitGroup::new();
        for _ in 0..10 {
            wg.add(1).await;
            let (once, wg) = (once.clone(), wg.clone());
            go::go("main.main.func1", "", async move {
                once.call(|| async { go::println("init") }).await;
                wg.done().await;
            });
        }
        wg.wait().await;
    });
    assert_eq!(out.stdout, "init\n");
}

#[test]
fn cond_signal_wakes_one_waiter_and_broadcast_wakes_all() {
    let out = run(async {
        let mu = Mutex::new();
        let cond = Cond::new(&mu);
        let ready = Shared::new(false);
        let wg = WaitGroup::new();
        for i in 0..3 {
            wg.add(1).await;
            let (cond, ready, wg) = (cond.clone(), ready.clone(), wg.clone());
            go::go("main.main.func1", "", async move {
                cond.locker().lock().await;
                while !ready.load().await {
                    cond.wait().await;
                }
                go::println(format!("waiter {i} proceeds"));
                cond.locker().unlock().await;
                wg.done().await;
            });
        }
        sleep(MS).await;
        mu.lock().await;
        ready.store(true).await;
        cond.signal();
        mu.unlock().await;
        sleep(MS).await;
        go::println("broadcast");
        cond.broadcast();
        wg.wait().await;
    });
    assert_eq!(out.stdout, "waiter 2 proceeds\nbroadcast\nwaiter 1 proceeds\nwaiter 0 proceeds\n");
}

#[test]
fn cond_wait_parks_as_sync_cond_wait() {
    let out = run(async {
        let mu = Mutex::new();
        let c = Cond::new(&mu);
        mu.lock().await;
        c.wait().await;
    });
    assert_eq!(headers(&out.report), ["goroutine 1 [sync.Cond.Wait]:"]);
}

#[test]
fn atomic_compare_and_swap_succeeds_only_on_the_expected_value() {
    let out = run(async {
        let n = AtomicInt::new(5);
        let a = n.compare_and_swap(5, 6);
        let b = n.compare_and_swap(5, 7);
        go::println(format!("{a} {b} {}", n.load()));
    });
    assert_eq!(out.stdout, "true false 6\n");
}

#[test]
fn errgroup_wait_returns_the_first_error_and_cancels_the_context() {
    let out = run(async {
        let (g, ctx) = Group::with_context(&context::background());
        for (name, ms, fail) in [("user", 30, false), ("posts", 10, true), ("friends", 20, true)] {
            let ctx = ctx.clone();
            g.go("main.main.func1", "", async move {
                let done = ctx.done();
                let stopped = chanlab::runtime::Select::new()
                    .recv(&chanlab::runtime::after(ms * MS), |_, _| false)
                    .recv(&done, |_, _| true)
                    .await;
                if stopped {
                    return Ok(());
                }
                if fail {
                    return Err(format!("{name} failed"));
                }
                Ok(())
            })
            .await;
        }
        let err = g.wait().await;
        go::println(format!("{err:?} {}", context::err_string(ctx.err())));
    });
    assert_eq!(out.stdout, "Some(\"posts failed\") context canceled\n");
}

#[test]
fn errgroup_set_limit_bounds_concurrency() {
    let out = run(async {
        let g = Group::new();
        g.set_limit(3);
        let (cur, peak) = (AtomicInt::new(0), AtomicInt::new(0));
        for _ in 0..10 {
            let (cur, peak) = (cur.clone(), peak.clone());
            g.go("main.main.func1", "", async move {
                let n = cur.add(1);
                if n > peak.load() {
                    peak.store(n);
                }
                sleep(10 * MS).await;
                cur.add(-1);
                Ok(())
            })
            .await;
        }
        g.wait().await;
        go::println(format!("peak {} in {}", peak.load(), go::gofmt::duration(go::elapsed())));
    });
    assert_eq!(out.stdout, "peak 3 in 40ms\n");
}

#[test]
fn weighted_semaphore_limits_the_total_weight_held() {
    let out = run(async {
        let sem = Weighted::new(3);
        let ctx = context::background();
        let wg = WaitGroup::new();
        for w in [2, 2, 1] {
            wg.add(1).await;
            let (sem, ctx, wg) = (sem.clone(), ctx.clone(), wg.clone());
            go::go("main.main.func1", "", async move {
                sem.acquire(&ctx, w).await.unwrap();
                go::println(format!("got {w} at {}", go::elapsed() / MS));
                sleep(10 * MS).await;
                sem.release(w).await;
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println(format!("try 4: {}", sem.try_acquire(4)));
    });
    assert_eq!(out.stdout, "got 1 at 0\ngot 2 at 0\ngot 2 at 10\ntry 4: false\n");
}

#[test]
fn rate_limiter_allows_a_burst_then_spaces_events_at_the_rate() {
    let out = run(async {
        let lim = Limiter::new(10.0, 3);
        let ctx = context::background();
        let mut at = Vec::new();
        for _ in 0..5 {
            lim.wait(&ctx).await.unwrap();
            at.push((go::elapsed() / MS).to_string());
        }
        go::println(at.join(" "));
        go::println(format!("allow now: {}", lim.allow()));
    });
    assert_eq!(out.stdout, "0 0 0 100 200\nallow now: false\n");
}
