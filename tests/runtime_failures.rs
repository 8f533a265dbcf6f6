//! Failure reports and beyond-Go rules: panics and recover, deadlock dumps, leaks, the step
//! budget, outside events, stepping, os.Exit.

mod common_rt;
use chanlab::runtime::{self as go, context, new_ticker, sleep, Chan, Config, Runtime, Step};
use common_rt::*;
use std::collections::HashMap;

const MS: i64 = 1_000_000;

#[test]
fn unrecovered_panic_prints_the_goroutine_and_exits_2() {
    let lines: HashMap<String, u32> = [("boom".to_string(), 12), ("go".to_string(), 20)].into();
    let out = Runtime::new(Config { lines, ..Config::default() }, async {
        go::go("main.worker", "go", async {
            go::at("boom");
            go::panic::<()>("something broke").await;
        });
        sleep(MS).await;
    })
    .run();
    assert_eq!(out.status, 2);
    assert_eq!(
        out.report,
        "panic: something broke\n\ngoroutine 7 [running]:\nmain.worker(...)\n\tmain.go:12\ncreated by main.main in goroutine 1\n\tmain.go:20\n"
    );
    assert_eq!(out.report_lines, vec![12]);
}

#[test]
fn deferred_calls_run_last_in_first_out_on_return() {
    let out = run(async {
        go::defer(async { go::println("first deferred, runs last") });
        go::defer(async { go::println("second deferred, runs first") });
        go::println("body");
    });
    assert_eq!(out.stdout, "body\nsecond deferred, runs first\nfirst deferred, runs last\n");
}

#[test]
fn recover_in_a_deferred_call_stops_the_panic() {
    let out = run(async {
        go::go("main.safe", "", async {
            go::defer(async {
                if let Some(p) = go::recover() {
                    go::println(format!("recovered: {}", p.0));
                }
            });
            Chan::<i64>::new(0).close().await;
            let c: Chan<i64> = Chan::new(0);
            c.close().await;
            c.close().await;
            go::println("unreachable");
        });
        sleep(MS).await;
        go::println("main continues");
    });
    assert_eq!(out.stdout, "recovered: close of closed channel\nmain continues\n");
    assert_eq!(out.status, 0);
}

#[test]
fn deferred_calls_run_while_a_panic_unwinds() {
    let out = run(async {
        go::defer(async { go::println("cleanup ran") });
        go::panic::<()>("bad").await;
    });
    assert_eq!(out.stdout, "cleanup ran\n");
    assert!(out.report.starts_with("panic: bad"));
}

#[test]
fn recover_outside_a_panic_returns_nothing() {
    let out = run(async { go::println(format!("{:?}", go::recover())) });
    assert_eq!(out.stdout, "None\n");
}

#[test]
fn deadlock_report_dumps_every_goroutine_with_its_wait_reason() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move { c.send(1).await });
        go::go("main.main.func2", "", async { go::select_forever().await });
        let m = chanlab::runtime::Mutex::new();
        m.lock().await;
        let m2 = m.clone();
        go::go("main.main.func3", "", async move { m2.lock().await });
        Chan::<i64>::new(0).recv().await;
    });
    assert_eq!(out.status, 2);
    assert!(out
        .report
        .starts_with("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:"));
    assert_eq!(
        headers(&out.report),
        [
            "goroutine 1 [chan receive]:",
            "goroutine 7 [chan send]:",
            "goroutine 8 [select (no cases)]:",
            "goroutine 9 [sync.Mutex.Lock]:"
        ]
    );
}

#[test]
fn a_pending_timer_is_not_a_deadlock() {
    let out = run(async {
        let c = go::after(50 * MS);
        c.recv().await;
        go::println("woke");
    });
    assert_eq!(out.status, 0);
}

#[test]
fn leak_report_lists_goroutines_still_blocked_when_main_returns() {
    let out = run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.main.func1", "", async move { c.send(1).await });
        go::go("main.never", "", async {});
        sleep(MS).await;
        go::go("main.late", "", async {});
    });
    assert_eq!(out.status, 0);
    let states: Vec<(u32, &str, String, bool)> =
        out.leaks.iter().map(|g| (g.id, g.func, g.state.clone(), g.started)).collect();
    assert_eq!(
        states,
        [(7, "main.main.func1", "chan send".to_string(), true), (9, "main.late", "runnable".to_string(), false)]
    );
    assert!(out.leak_report().contains("goroutine 7 (main.main.func1) blocked in [chan send]"));
}

#[test]
fn the_step_budget_stops_a_runaway_program_with_a_clear_message() {
    let cfg = Config { max_ops: 10_000, ..Config::default() };
    let out = Runtime::new(cfg, async {
        let ch: Chan<i64> = Chan::new(0);
        ch.close().await;
        loop {
            ch.recv().await; // never blocks: a busy loop
        }
    })
    .run();
    assert_eq!(out.status, 124);
    assert!(out.halted.as_deref().unwrap().contains("looping forever"), "{:?}", out.halted);
}

#[test]
fn a_ticker_that_keeps_a_program_alive_forever_is_stopped_by_the_time_limit() {
    let cfg = Config { max_time_ns: 10_000 * MS, ..Config::default() };
    let out = Runtime::new(cfg, async {
        let _t = new_ticker(MS);
        Chan::<i64>::new(0).recv().await;
    })
    .run();
    assert_eq!(out.status, 124);
    assert!(out.halted.unwrap().contains("virtual time"));
}

#[test]
fn os_exit_ends_the_program_without_running_defers() {
    let out = run(async {
        go::defer(async { go::println("deferred") });
        go::exit::<()>(3).await;
    });
    assert_eq!((out.status, out.stdout.as_str()), (3, ""));
}

#[test]
fn stepping_runs_one_goroutine_at_a_time_and_advances_time_explicitly() {
    let mut rt = Runtime::new(Config::default(), async {
        go::go("main.main.func1", "", async { go::println("worker") });
        sleep(100 * MS).await;
        go::println("main");
    });
    assert_eq!(rt.step(), Step::Ran(1));
    assert!(rt.run_until_blocked());
    assert_eq!(rt.writes().len(), 1);
    assert_eq!(rt.now(), 0);
    assert!(rt.advance_time());
    assert_eq!(rt.now(), 100 * MS);
    let out = rt.run();
    assert_eq!(out.stdout, "worker\nmain\n");
}

/// Main waits for `cancel` (an outside event) or a 5s timer and prints which came, and when.
fn cancel_or_timer() -> Runtime {
    Runtime::new(Config::default(), async {
        let (ctx, cancel) = context::with_cancel(&context::background(), "ctx");
        go::on_inject("cancel", move || cancel.call());
        let t = go::after(5000 * MS);
        let msg = chanlab::runtime::Select::new().recv(&ctx.done(), |_, _| "cancelled").recv(&t, |_, _| "timer").await;
        go::println(format!("{msg} at {}", go::elapsed() / MS));
    })
}

#[test]
fn an_injected_event_runs_at_the_current_virtual_time() {
    let mut rt = cancel_or_timer();
    rt.run_until_blocked();
    assert_eq!(rt.controls(), ["cancel"]);
    assert!(rt.inject("cancel"));
    assert!(!rt.inject("nope"));
    assert_eq!(rt.run().stdout, "cancelled at 0\n");
}

#[test]
fn created_by_names_the_function_holding_the_go_statement() {
    let out = common_rt::run(async {
        // A closure of main.merge, and a named function started from main.runPool.
        go::go("main.merge.func1", "", async {
            Chan::<i64>::nil().recv().await;
        });
        go::go_in("main.runPool", "main.worker", "", async {
            Chan::<i64>::nil().recv().await;
        });
        Chan::<i64>::nil().recv().await;
    });
    assert!(
        out.report.contains("main.merge.func1()\n\tmain.go:0\ncreated by main.merge in goroutine 1\n"),
        "{}",
        out.report
    );
    assert!(
        out.report.contains("main.worker(...)\n\tmain.go:0\ncreated by main.runPool in goroutine 1\n"),
        "{}",
        out.report
    );
}

#[test]
fn advance_to_moves_the_clock_to_the_press_but_never_past_a_due_timer() {
    let mut rt = cancel_or_timer();
    rt.run_until_blocked();
    assert_eq!(rt.next_timer(), Some(5000 * MS), "the 5s timer is next");
    assert_eq!(rt.now(), 0, "looking does not move the clock");
    // The learner presses cancel 1.2s in: the clock reads 1.2s, the timer has not fired.
    assert!(rt.advance_to(1200 * MS));
    assert_eq!(rt.now(), 1200 * MS);
    assert!(rt.inject("cancel"));
    assert_eq!(rt.run().stdout, "cancelled at 1200\n");

    // Pressed after the timer was due: the timer fires at its own time first.
    let mut rt = Runtime::new(Config::default(), async {
        let t = go::after(500 * MS);
        t.recv().await;
        go::println(format!("timer at {}", go::elapsed() / MS));
    });
    rt.run_until_blocked();
    assert!(rt.advance_to(900 * MS));
    assert_eq!(rt.now(), 500 * MS);
    assert!(!rt.advance_to(900 * MS), "main is runnable now");
    assert_eq!(rt.next_timer(), None, "the timer has fired");
    assert_eq!(rt.run().stdout, "timer at 500\n");
}

#[test]
fn next_timer_leaves_out_a_timer_past_the_time_limit() {
    let mut rt = Runtime::new(Config { max_time_ns: 1000 * MS, ..Config::default() }, async {
        go::after(5000 * MS).recv().await;
    });
    rt.run_until_blocked();
    assert_eq!(rt.next_timer(), None, "the run is stopped instead of waiting 5s");
    assert!(rt.run().halted.is_some());
}

#[test]
fn a_runnable_goroutine_in_the_leak_report_is_not_called_blocked() {
    // Woken by main's last send, the receiver is runnable when main returns: cut off, not
    // blocked; one that never ran has no line yet.
    let out = common_rt::run(async {
        let ch: Chan<i64> = Chan::new(0);
        let c = ch.clone();
        go::go("main.watch", "", async move {
            c.recv().await;
        });
        sleep(MS).await;
        go::go("main.late", "", async {});
        ch.send(1).await;
    });
    let report = out.leak_report();
    assert!(report.contains("goroutine 7 (main.watch) still runnable, created by main.main\n"), "{report}");
    assert!(report.contains("goroutine 8 (main.late) never ran, created by main.main\n"), "{report}");
    assert!(!report.contains("[runnable]"), "{report}");
}
