//! The `errgroup` lesson's examples behave as the lesson says: the three fetches run at once;
//! the first failure cancels the fetches still waiting, and `Wait` returns that error, wrapped
//! so that `errors.Is` still finds it; with `SetLimit` the peak concurrency is the limit.

mod common_course;
mod common_duration;
use common_course::*;
use common_duration::*;

// ---- errgroup-profile ----

const BACKENDS: [&str; 3] = ["user", "posts", "friends"];

/// What the profile example must print for these delays (distinct, so no two fetches finish
/// at the same instant) and this failing backend: the fetches done before the failure say
/// `ok` in time order, the failing one says `failed`, the rest stop early (in any order).
fn check_profile(fail: &str, delays: [i64; 3]) {
    let d: Vec<String> = delays.iter().map(|v| v.to_string()).collect();
    let sets = [("fail", fail), ("user_ms", d[0].as_str()), ("posts_ms", &d[1]), ("friends_ms", &d[2])];
    let out = run("errgroup-profile", &sets);
    let lines: Vec<&str> = out.stdout.lines().collect();
    let mut by_time: Vec<(i64, &str)> = delays.iter().copied().zip(BACKENDS).collect();
    by_time.sort();
    let t_fail = by_time.iter().find(|(_, n)| *n == fail).map(|(t, _)| *t);
    let done: Vec<&str> = by_time.iter().filter(|(t, _)| t_fail.is_none_or(|f| *t < f)).map(|(_, n)| *n).collect();
    for (line, name) in lines.iter().zip(&done) {
        assert_eq!(*line, format!("{name}: ok"), "{sets:?}\n{}", out.stdout);
    }
    let rest = &lines[done.len()..];
    match t_fail {
        None => {
            assert_eq!(
                rest,
                ["user-42: 12 posts, 3 friends".to_string(), format!("took {}", go_duration(by_time[2].0 * MS))]
            );
        }
        Some(t) => {
            assert_eq!(rest[0], format!("{fail}: failed"), "{sets:?}\n{}", out.stdout);
            let mut stopped: Vec<&str> = rest[1..rest.len() - 3].to_vec();
            stopped.sort();
            let mut want: Vec<String> = by_time
                .iter()
                .filter(|(u, _)| *u > t)
                .map(|(_, n)| format!("{n}: stopped early: context canceled"))
                .collect();
            want.sort();
            assert_eq!(stopped, want, "{sets:?}\n{}", out.stdout);
            let tail = &rest[rest.len() - 3..];
            assert_eq!(tail[0], format!("error: load profile 42: {fail}: service unavailable"));
            assert_eq!(tail[1], "a backend is down: true");
            assert_eq!(tail[2], format!("took {}", go_duration(t * MS)), "the load ends when the failure does");
        }
    }
    assert_eq!(out.status, 0);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn errgroup_profile_succeeds_in_the_time_of_the_slowest_fetch() {
    check_profile("none", [100, 200, 300]);
    check_profile("none", [700, 20, 300]);
}

#[test]
fn errgroup_profile_first_failure_cancels_the_rest() {
    for fail in BACKENDS {
        for delays in [[100, 200, 300], [300, 200, 50], [500, 100, 200], [10, 2000, 1000]] {
            check_profile(fail, delays);
        }
    }
}

#[test]
fn errgroup_profile_error_is_wrapped_once_per_layer() {
    let out = run("errgroup-profile", &[("fail", "posts")]);
    let err = out.stdout.lines().find(|l| l.starts_with("error: ")).expect("an error line");
    // loadProfile's context, then fetch's, then the sentinel: each layer adds its prefix once.
    assert_eq!(err.matches("load profile").count(), 1);
    assert_eq!(err.matches("posts:").count(), 1);
    assert!(err.ends_with("service unavailable"));
}

// ---- errgroup-limit ----

#[test]
fn errgroup_limit_peak_is_the_limit() {
    for (items, limit, work) in
        [(20, 10, 100), (0, 10, 100), (5, 10, 100), (4, 1, 100), (25, 7, 100), (20, 100, 100), (30, 4, 50)]
    {
        let (i, l, w) = (items.to_string(), limit.to_string(), work.to_string());
        let out = run("errgroup-limit", &[("items", &i), ("limit", &l), ("work_ms", &w)]);
        let rounds = (items + limit - 1) / limit;
        let want = format!(
            "processed {items} items, peak concurrency {} (limit {limit}), took {}\n",
            items.min(limit),
            go_duration(rounds * work * MS)
        );
        assert_eq!(out.stdout, want, "items {items}, limit {limit}");
        assert!(out.leaks.is_empty());
    }
}

#[test]
fn errgroup_limit_with_no_work_still_respects_the_limit() {
    for seed in 1..=3 {
        let out = run_seed("errgroup-limit", &[("work_ms", "0"), ("items", "50"), ("limit", "3")], seed);
        let peak: i64 =
            out.stdout.split("peak concurrency ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        assert!((1..=3).contains(&peak), "seed {seed}: {}", out.stdout);
    }
}
