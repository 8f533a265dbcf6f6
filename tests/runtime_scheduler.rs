//! The scheduler's rules (the invariants `src/runtime/sched.rs` states, each observed with
//! real Go under GOMAXPROCS=1), one test per rule.

mod common_rt;
use chanlab::runtime::{self as go, after, context, sleep, Chan, Select, WaitGroup};
use common_rt::*;
use std::cell::RefCell;
use std::rc::Rc;

const MS: i64 = 1_000_000;

#[test]
fn new_goroutine_takes_runnext_so_five_spawns_run_4_0_1_2_3() {
    let out = run(async {
        let wg = WaitGroup::new();
        for i in 0..5 {
            wg.add(1).await;
            let wg = wg.clone();
            go::go("main.worker", "", async move {
                go::println(format!("Worker {i} done"));
                wg.done().await;
            });
        }
        wg.wait().await;
        go::println("All workers completed");
    });
    let order: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        order,
        ["Worker 4 done", "Worker 0 done", "Worker 1 done", "Worker 2 done", "Worker 3 done", "All workers completed"]
    );
}

#[test]
fn local_run_queue_overflows_to_the_global_queue_like_go() {
    // 300 goroutines: real Go 1.27.3 (GOMAXPROCS=1) runs them in this order (runqputslow moves
    // half the local queue to the global queue; every 61st tick takes from the global queue;
    // the runtime's own goroutines 5 and 6 each took a tick first).
    let order = Rc::new(RefCell::new(Vec::new()));
    let o = order.clone();
    run(async move {
        let wg = WaitGroup::new();
        for i in 0..300 {
            wg.add(1).await;
            let (wg, o) = (wg.clone(), o.clone());
            go::go("main.main.func1", "", async move {
                o.borrow_mut().push(i);
                wg.done().await;
            });
        }
        wg.wait().await;
    });
    let mut expected = vec![299];
    expected.extend(126..=253);
    expected.extend(255..=298);
    expected.extend(0..=125);
    expected.push(254);
    assert_eq!(*order.borrow(), expected);
}

#[test]
fn woken_goroutine_takes_runnext_and_the_last_woken_runs_first() {
    let out = run(async {
        let chans: Vec<Chan<i64>> = (0..3).map(|_| Chan::new(0)).collect();
        for (i, c) in chans.iter().enumerate() {
            let c = c.clone();
            go::go("main.main.func1", "", async move {
                c.recv().await;
                go::println(format!("woke {i}"));
            });
        }
        go::gosched().await; // let all three park
        for c in &chans {
            Select::new().send(c, 1, || ()).default(|| ()).await;
        }
        sleep(MS).await;
    });
    assert_eq!(out.stdout, "woke 2\nwoke 0\nwoke 1\n");
}

#[test]
fn timers_due_together_fire_in_creation_order_and_the_last_fired_runs_first() {
    let out = run(async {
        let wg = WaitGroup::new();
        for name in ["user", "posts", "friends"] {
            wg.add(1).await;
            let wg = wg.clone();
            go::go("main.fetch", "", async move {
                sleep(300 * MS).await;
                go::println(name);
                wg.done().await;
            });
        }
        wg.wait().await;
    });
    // Spawned order friends(runnext), user, posts: their timers are created in that order,
    // fire in that order, and the last fired (posts) runs first.
    assert_eq!(out.stdout, "posts\nfriends\nuser\n");
}

#[test]
fn due_timers_run_before_the_run_queue_so_after_zero_beats_an_unstarted_goroutine() {
    let out = run(async {
        let result: Chan<&'static str> = Chan::new(0);
        let r = result.clone();
        go::go("main.main.func1", "", async move {
            sleep(0).await;
            r.send("done").await;
        });
        let msg = Select::new()
            .recv(&result, |r, _| format!("got: {r}"))
            .recv(&after(0), |_, _| "gave up waiting".to_string())
            .await;
        go::println(msg);
    });
    assert_eq!(out.stdout, "gave up waiting\n");
}

#[test]
fn context_deadline_fires_in_a_new_goroutine_and_loses_a_tie_with_a_plain_timer() {
    let out = run(async {
        let (ctx, cancel) = context::with_timeout(&context::background(), 500 * MS, "ctx");
        let msg = Select::new()
            .recv(&after(500 * MS), |_, _| "finished work".to_string())
            .recv(&ctx.done(), |_, _| "deadline exceeded".to_string())
            .await;
        go::println(msg);
        cancel.call();
    });
    assert_eq!(out.stdout, "finished work\n");
}

#[test]
fn with_timeout_zero_is_cancelled_before_it_returns() {
    let out = run(async {
        let (ctx, _cancel) = context::with_timeout(&context::background(), 0, "ctx");
        go::println(context::err_string(ctx.err()));
    });
    assert_eq!(out.stdout, "context deadline exceeded\n");
}

#[test]
fn close_readies_every_waiter_and_the_first_waiting_receiver_runs_first() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        for i in 0..4 {
            let c = ch.clone();
            go::go("main.main.func1", "", async move {
                c.recv().await;
                go::println(format!("r{i}"));
            });
        }
        sleep(MS).await; // all four park in order r3, r0, r1, r2
        ch.close().await;
        sleep(MS).await;
    });
    // Queue order r3 r0 r1 r2; readied in reverse, so r3 takes runnext last and runs first,
    // then the rest in the order they were queued behind it: r2, r1, r0.
    assert_eq!(out.stdout, "r3\nr2\nr1\nr0\n");
}

#[test]
fn cancelling_a_context_visits_children_in_random_order() {
    let orders: Vec<String> = (0..20)
        .map(|seed| {
            run_seed(seed, async {
                let (root, cancel) = context::with_cancel(&context::background(), "root");
                for i in 0..4 {
                    let (child, _c) = context::with_cancel(&root, "child");
                    go::go("main.main.func1", "", async move {
                        child.done().recv().await;
                        go::print(format!("{i}"));
                    });
                }
                sleep(MS).await;
                cancel.call();
                sleep(MS).await;
            })
            .stdout
        })
        .collect();
    let distinct: std::collections::BTreeSet<_> = orders.iter().collect();
    assert!(distinct.len() > 2, "children were cancelled in too few orders: {distinct:?}");
}

#[test]
fn sleep_of_zero_or_less_returns_without_yielding() {
    let out = run(async {
        go::go("main.main.func1", "", async { go::println("other") });
        sleep(0).await;
        sleep(-5).await;
        go::println("main first");
        sleep(MS).await;
    });
    assert_eq!(out.stdout, "main first\nother\n");
}

#[test]
fn num_goroutine_counts_goroutines_that_have_not_run_yet() {
    let out = run(async {
        for _ in 0..3 {
            go::go("main.main.func1", "", async {});
        }
        go::println(format!("{}", go::num_goroutine()));
    });
    assert_eq!(out.stdout, "4\n");
}

#[test]
fn gosched_puts_the_caller_behind_everything_runnable() {
    let out = run(async {
        go::go("main.a", "", async { go::println("a") });
        go::go("main.b", "", async { go::println("b") });
        go::gosched().await;
        go::println("main");
    });
    assert_eq!(out.stdout, "b\na\nmain\n");
}

#[test]
fn virtual_time_jumps_to_the_next_timer_when_everything_is_blocked() {
    let out = run(async {
        let start = go::now();
        sleep(3600 * 1000 * MS).await;
        go::println(go::gofmt::duration(go::since(start)));
    });
    assert_eq!(out.stdout, "1h0m0s\n");
    assert_eq!(out.end_time, 3600 * 1000 * MS);
}

#[test]
fn first_goroutine_a_program_starts_is_number_7() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move { c.send(1).await });
        Chan::<i64>::nil().recv().await;
    });
    assert_eq!(headers(&out.report), ["goroutine 1 [chan receive (nil chan)]:", "goroutine 7 [chan send]:"]);
}

#[test]
fn same_seed_gives_the_same_events_and_different_seeds_different_select_choices() {
    let prog = || async {
        let a: Chan<i64> = Chan::new(1);
        let b: Chan<i64> = Chan::new(1);
        for _ in 0..50 {
            a.send(1).await;
            b.send(2).await;
            let v = Select::new().recv(&a, |v, _| v).recv(&b, |v, _| v).await;
            go::print(format!("{v}"));
            Select::new().recv(&a, |_, _| ()).recv(&b, |_, _| ()).await;
        }
    };
    let one = run_traced(7, prog());
    let again = run_traced(7, prog());
    let other = run_traced(8, prog());
    assert_eq!(one.events, again.events);
    assert_eq!(one.stdout, again.stdout);
    assert_ne!(one.stdout, other.stdout);
}

#[test]
fn every_61st_tick_takes_from_the_global_queue_like_go() {
    // Real Go 1.19 (GOMAXPROCS=1) prints exactly this for the same program.
    let out = run(async {
        go::go("main.main.func1", "", async { go::println("a") });
        go::go("main.main.func2", "", async { go::println("b") });
        go::gosched().await;
        go::println("main");
        let wg = WaitGroup::new();
        let chans: Vec<Chan<i64>> = (0..3).map(|_| Chan::new(0)).collect();
        for (i, c) in chans.iter().enumerate() {
            wg.add(1).await;
            let (c, wg) = (c.clone(), wg.clone());
            go::go("main.main.func3", "", async move {
                c.recv().await;
                go::println(format!("woke {i}"));
                wg.done().await;
            });
        }
        go::gosched().await;
        for c in &chans {
            Select::new().send(c, 1, || ()).default(|| ()).await;
        }
        wg.wait().await;
        for i in 0..200 {
            go::go("main.main.func4", "", async move {
                if i % 50 == 0 {
                    go::println(format!("g {i}"));
                }
            });
        }
        go::gosched().await;
        go::println("end");
    });
    assert_eq!(out.stdout, "b\na\nmain\nwoke 2\nwoke 0\nwoke 1\ng 0\nend\n");
}
