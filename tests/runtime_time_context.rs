//! Timer and context rules (the invariants `src/runtime/timer.rs` and `context.rs` state), one
//! test per rule.

mod common_rt;
use chanlab::runtime::{self as go, after, context, new_ticker, new_timer, sleep, Chan, Select};
use common_rt::*;
use std::rc::Rc;

const MS: i64 = 1_000_000;

#[test]
fn time_after_delivers_once_after_the_duration() {
    let out = run(async {
        let c = after(250 * MS);
        c.recv().await;
        go::println(go::gofmt::duration(go::elapsed()));
    });
    assert_eq!(out.stdout, "250ms\n");
}

#[test]
fn timer_stop_prevents_firing_and_reports_whether_it_was_pending() {
    let out = run(async {
        let t = new_timer(100 * MS);
        let first = t.stop();
        let second = t.stop();
        let fired = Select::new().recv(&t.c, |_, _| true).recv(&after(200 * MS), |_, _| false).await;
        go::println(format!("{first} {second} {fired}"));
    });
    assert_eq!(out.stdout, "true false false\n");
}

#[test]
fn timer_reset_moves_the_deadline() {
    let out = run(async {
        let t = new_timer(100 * MS);
        t.reset(300 * MS);
        t.c.recv().await;
        go::println(go::gofmt::duration(go::elapsed()));
    });
    assert_eq!(out.stdout, "300ms\n");
}

#[test]
fn ticker_ticks_every_period_until_stopped() {
    let out = run(async {
        let tk = new_ticker(100 * MS);
        for _ in 0..3 {
            tk.c.recv().await;
            go::print(format!("{} ", go::elapsed() / MS));
        }
        tk.stop();
        let more = Select::new().recv(&tk.c, |_, _| true).recv(&after(500 * MS), |_, _| false).await;
        go::println(format!("more: {more}"));
    });
    assert_eq!(out.stdout, "100 200 300 more: false\n");
}

#[test]
fn after_func_runs_in_a_new_goroutine() {
    let out = run(async {
        let done: Chan<()> = Chan::new(0);
        let d = done.clone();
        go::after_func(10 * MS, move || {
            go::println(format!("in goroutine {} of {}", "new", go::num_goroutine()));
            let d = d.clone();
            go::go("main.main.func2", "", async move { d.close().await });
        });
        done.recv().await;
    });
    assert_eq!(out.stdout, "in goroutine new of 2\n");
}

#[test]
fn cancel_propagates_to_every_descendant_and_never_upward() {
    let out = run(async {
        let root = context::background();
        let (parent, cancel_parent) = context::with_cancel(&root, "parent");
        let (child, cancel_child) = context::with_cancel(&parent, "child");
        let (grandchild, _g) = context::with_cancel(&child, "grandchild");
        cancel_child.call();
        go::println(format!(
            "{} | {} | {}",
            context::err_string(parent.err()),
            context::err_string(child.err()),
            context::err_string(grandchild.err())
        ));
        cancel_parent.call();
        go::println(context::err_string(parent.err()));
    });
    assert_eq!(out.stdout, "<nil> | context canceled | context canceled\ncontext canceled\n");
}

#[test]
fn a_child_of_a_cancelled_parent_is_cancelled_at_birth() {
    let out = run(async {
        let (p, cancel) = context::with_cancel(&context::background(), "p");
        cancel.call();
        let (c, _) = context::with_cancel(&p, "c");
        go::println(context::err_string(c.err()));
    });
    assert_eq!(out.stdout, "context canceled\n");
}

#[test]
fn timeout_cancels_with_deadline_exceeded_and_reports_its_deadline() {
    let out = run(async {
        let (ctx, _c) = context::with_timeout(&context::background(), 300 * MS, "ctx");
        go::println(format!("{:?}", ctx.deadline().map(|t| t.0 / MS)));
        ctx.done().recv().await;
        go::println(format!("{} at {}", context::err_string(ctx.err()), go::elapsed() / MS));
    });
    assert_eq!(out.stdout, "Some(300)\ncontext deadline exceeded at 300\n");
}

#[test]
fn a_child_deadline_is_never_later_than_its_parents() {
    let out = run(async {
        let (p, _a) = context::with_timeout(&context::background(), 100 * MS, "p");
        let (c, _b) = context::with_timeout(&p, 500 * MS, "c");
        c.done().recv().await;
        go::println(format!("{} at {}", context::err_string(c.err()), go::elapsed() / MS));
    });
    assert_eq!(out.stdout, "context deadline exceeded at 100\n");
}

#[test]
fn context_values_are_found_through_ancestors() {
    let out = run(async {
        let v = context::with_value(&context::background(), "user", Rc::new("ada".to_string()));
        let (c, _x) = context::with_cancel(&v, "c");
        let got = c.value("user").and_then(|a| a.downcast_ref::<String>().cloned());
        go::println(format!("{got:?} {:?}", c.value("missing").is_some()));
    });
    assert_eq!(out.stdout, "Some(\"ada\") false\n");
}

#[test]
fn background_is_never_cancelled_and_its_done_channel_is_nil() {
    let out = run(async {
        let bg = context::background();
        go::println(format!("{} {}", bg.done().is_nil(), context::err_string(bg.err())));
        sleep(MS).await;
    });
    assert_eq!(out.stdout, "true <nil>\n");
}

#[test]
fn timer_channels_report_len_and_cap_zero() {
    // Go 1.23 made timer channels synchronous: even a fired, unreceived value is not counted.
    let out = run(async {
        let t = new_timer(MS);
        let tk = new_ticker(MS);
        sleep(5 * MS).await;
        go::println(format!("{} {} {} {}", t.c.len(), t.c.cap(), tk.c.len(), tk.c.cap()));
        tk.stop();
    });
    assert_eq!(out.stdout, "0 0 0 0\n");
}

#[test]
fn stop_and_reset_discard_a_fired_value_nobody_received() {
    // Go 1.23: after Stop or Reset no stale time is received; after Reset the new deadline's.
    let out = run(async {
        let t = new_timer(MS);
        sleep(5 * MS).await;
        t.stop();
        let stale = Select::new().recv(&t.c, |_, _| "stale").default(|| "nothing").await;
        t.reset(10 * MS);
        let start = go::now();
        t.c.recv().await;
        go::println(format!("{stale}, then {}", go::gofmt::duration(go::since(start))));
    });
    assert_eq!(out.stdout, "nothing, then 10ms\n");
}

#[test]
fn a_due_timer_is_ready_in_a_selects_first_pass() {
    // Go 1.23's maybeRunChan: `time.After(0)` is ready at once, so it competes with another
    // ready case at random instead of always losing (real Go 1.27.3: both outcomes).
    let mut seen = std::collections::BTreeSet::new();
    for seed in 1..=20 {
        let out = run_seed(seed, async {
            let ready: Chan<()> = Chan::new(1);
            ready.send(()).await;
            let won = Select::new().recv(&after(0), |_, _| "timer").recv(&ready, |_, _| "ready").await;
            go::println(won);
        });
        seen.insert(out.stdout);
    }
    assert_eq!(seen.len(), 2, "{seen:?}");
}

#[test]
fn a_deadline_that_ties_with_main_returning_leaves_no_runtime_goroutine_in_the_leak_report() {
    // The goroutine a context's deadline timer starts is the runtime's: never in a report.
    let out = run(async {
        let (ctx, _cancel) = context::with_timeout(&context::background(), 300 * MS, "ctx");
        let done = after(300 * MS);
        Select::new().recv(&done, |_, _| ()).recv(&ctx.done(), |_, _| ()).await;
    });
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
    assert!(out.explanations.is_empty(), "{:?}", out.explanations);
}

#[test]
fn a_user_after_func_goroutine_that_never_ran_is_created_by_time_gofunc() {
    // Its timer fires with main's wake-up; main runs first (woken last) and returns.
    let out = run(async {
        go::after_func(MS, || {});
        sleep(MS).await;
    });
    assert_eq!(out.leak_report(), "leak: 1 goroutine was still running when main returned:\n  goroutine 7 (time.goFunc) never ran, created by time.goFunc\n");
}

#[test]
fn a_channel_bound_to_a_call_after_timer_behaves_as_a_go_1_23_timer_channel() {
    // The interpreter's timers: `call_after` sends the value, `bind_timer_chan` makes the
    // channel look unbuffered and run the due timer when received from: a timer due now is
    // ready in the select's first pass, before any scheduling decision fires it.
    let out = run(async {
        sleep(5 * MS).await;
        let c: Chan<i64> = Chan::new(1);
        let tx = c.clone();
        let id = go::call_after(0, 0, move || {
            tx.try_send_now(go::elapsed());
        });
        go::bind_timer_chan(&c, id);
        let (len, cap) = (c.len(), c.cap());
        let ready = Select::new().recv(&c, |v, _| v / MS).default(|| -1).await;
        go::println(format!("len {len} cap {cap} got {ready}"));
    });
    assert_eq!(out.stdout, "len 0 cap 0 got 5\n");
}
