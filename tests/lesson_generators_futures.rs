//! The `generators-futures` lesson's examples behave as the lesson says: the generator yields
//! the Fibonacci numbers up to the first one over the limit and, cancelled and drained,
//! leaves no goroutine behind (without the cancel it leaks); two futures take as long as
//! the slower call, and a timeout shorter than that gives up at the timeout.

mod common_course;
mod common_duration;
use common_course::*;
use common_duration::*;

// ---- fibonacci ----

fn fibonacci_lines(limit: i64, cancel: bool) -> String {
    let (mut a, mut b) = (0i64, 1i64);
    let mut want = String::new();
    while a <= limit {
        want.push_str(&format!("{a}\n"));
        (a, b) = (b, a + b);
    }
    want.push_str(&format!("first value over {limit} is {a}\n"));
    want.push_str(&format!("goroutines running: {}\n", if cancel { 1 } else { 2 }));
    want
}

#[test]
fn fibonacci_prints_up_to_the_first_value_over_the_limit() {
    for limit in [1000i64, 0, 1, 2, 144, 1_000_000_000_000] {
        for cancel in [true, false] {
            let (l, c) = (limit.to_string(), cancel.to_string());
            let out = run("fibonacci", &[("limit", &l), ("cancel", &c)]);
            assert_eq!(out.stdout, fibonacci_lines(limit, cancel), "limit {limit}, cancel {cancel}");
            assert_eq!(out.status, 0);
        }
    }
}

#[test]
fn fibonacci_cancel_leaves_no_goroutine_behind() {
    for seed in 1..=4 {
        let out = run_seed("fibonacci", &[], seed);
        assert!(out.leaks.is_empty(), "seed {seed}: {}", out.leak_report());
        assert!(out.stdout.ends_with("goroutines running: 1\n"));
    }
}

#[test]
fn fibonacci_without_cancel_leaks_the_generator() {
    let out = run("fibonacci", &[("cancel", "false")]);
    assert_eq!(out.leaks.len(), 1, "{}", out.leak_report());
    assert_eq!(out.leaks[0].func, "main.fibonacci.func1");
}

// ---- future ----

fn future(user: i64, orders: i64, timeout: i64) -> chanlab::runtime::Outcome {
    let (u, o, t) = (user.to_string(), orders.to_string(), timeout.to_string());
    run("future", &[("user_ms", &u), ("orders_ms", &o), ("timeout_ms", &t)])
}

#[test]
fn future_takes_as_long_as_the_slower_call() {
    for (user, orders) in [(100, 300), (400, 100), (0, 0), (250, 250), (0, 900)] {
        let out = future(user, orders, 1000);
        let took = go_duration(round(user.max(orders) * MS, 10 * MS));
        assert_eq!(out.stdout, format!("ada has 7 orders (took {took})\n"), "user {user}, orders {orders}");
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
    }
}

#[test]
fn future_times_out_at_the_timeout() {
    for (user, orders, timeout) in [(100, 300, 200), (100, 300, 50), (100, 300, 0), (400, 100, 300), (1000, 1000, 999)]
    {
        let out = future(user, orders, timeout);
        let want = format!(
            "future timed out after {}: context deadline exceeded\n",
            go_duration(round(timeout * MS, 10 * MS))
        );
        assert_eq!(out.stdout, want, "user {user}, orders {orders}, timeout {timeout}");
        assert_eq!(out.end_time, timeout * MS, "main gives up at the timeout");
    }
}
