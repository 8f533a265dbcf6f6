//! The `rate-limiting` lesson's examples behave as the lesson says: the ticker limiter lets
//! request i go at i intervals; the token bucket lets the first `burst` go at once and then one
//! per interval, and stops its refill goroutine; rate.Limiter with an errgroup limit starts
//! items no faster than the rate allows and never runs more than `max_concurrent` at once.

mod common_course;
mod common_duration;
use common_course::*;
use common_duration::*;

const SECOND: i64 = 1000 * MS;

fn request_lines(times: &[i64]) -> String {
    times.iter().enumerate().map(|(i, t)| format!("request {} at {}\n", i + 1, go_duration(round(*t, MS)))).collect()
}

// ---- ticker-limiter ----

#[test]
fn ticker_limiter_spaces_requests_one_interval_apart() {
    for (rps, requests) in [(5, 10), (1, 3), (3, 4), (100, 30), (7, 0), (1000, 30)] {
        let (r, n) = (rps.to_string(), requests.to_string());
        let out = run("ticker-limiter", &[("rps", &r), ("requests", &n)]);
        let interval = SECOND / rps;
        let times: Vec<i64> = (1..=requests).map(|i| i * interval).collect();
        assert_eq!(out.stdout, request_lines(&times), "rps {rps}, requests {requests}");
        assert!(out.leaks.is_empty());
    }
}

// ---- bursty-limiter ----

#[test]
fn bursty_limiter_lets_a_burst_through_then_one_per_tick() {
    for (rps, burst, requests) in [(5, 3, 10), (5, 1, 10), (5, 10, 10), (5, 3, 2), (100, 5, 30), (2, 30, 30), (5, 3, 0)]
    {
        let (r, b, n) = (rps.to_string(), burst.to_string(), requests.to_string());
        let out = run("bursty-limiter", &[("rps", &r), ("burst", &b), ("requests", &n)]);
        let interval = SECOND / rps;
        let times: Vec<i64> = (1..=requests).map(|i| (i - burst).max(0) * interval).collect();
        assert_eq!(out.stdout, request_lines(&times), "rps {rps}, burst {burst}, requests {requests}");
        assert!(out.leaks.is_empty(), "the refill goroutine must be stopped: {}", out.leak_report());
    }
}

// ---- token-bucket ----

/// When each item starts, following x/time/rate's token bucket (full at the start, refilled
/// continuously at `rate`, tokens may go negative on a reservation) and the errgroup's slots.
fn token_bucket_starts(rate: f64, burst: f64, items: usize, slots: usize, work: i64) -> Vec<i64> {
    let (mut tokens, mut last) = (burst, 0i64);
    let mut ends: Vec<i64> = Vec::new(); // when each started item frees its slot
    let mut now = 0i64;
    let mut starts = Vec::new();
    for _ in 0..items {
        tokens = (tokens + (now - last) as f64 * rate / 1e9).min(burst);
        last = now;
        tokens -= 1.0;
        if tokens < 0.0 {
            now += (-tokens / rate * 1e9) as i64;
        }
        ends.sort();
        if ends.len() >= slots {
            let free = ends[ends.len() - slots];
            now = now.max(free);
        }
        ends.retain(|&e| e > now);
        starts.push(now);
        ends.push(now + work);
    }
    starts
}

#[test]
fn token_bucket_follows_the_rate_and_the_slot_limit() {
    let cases = [
        (5, 2, 10, 4, 300),
        (5, 10, 10, 4, 300),
        (5, 2, 10, 1, 300),
        (5, 2, 10, 4, 0),
        (100, 5, 30, 3, 50),
        (10, 3, 12, 2, 450),
        (5, 2, 0, 4, 300),
    ];
    for (rate, burst, items, slots, work) in cases {
        let s = |v: i64| v.to_string();
        let set = [
            ("rate", s(rate)),
            ("burst", s(burst)),
            ("items", s(items)),
            ("max_concurrent", s(slots)),
            ("work_ms", s(work)),
        ];
        let set: Vec<(&str, &str)> = set.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let out = run("token-bucket", &set);
        let starts = token_bucket_starts(rate as f64, burst as f64, items as usize, slots as usize, work * MS);
        let mut want: String = starts
            .iter()
            .enumerate()
            .map(|(i, t)| format!("item {} started at {}\n", i + 1, go_duration(round(*t, 10 * MS))))
            .collect();
        let end = starts.iter().map(|t| t + work * MS).max().unwrap_or(0);
        want.push_str(&format!("all done at {}\n", go_duration(round(end, 10 * MS))));
        assert_eq!(out.stdout, want, "{set:?}");
        assert!(out.leaks.is_empty());
    }
}

#[test]
fn token_bucket_never_starts_faster_than_the_rate_allows() {
    // Over any window after the burst, starts are at most burst + rate × window.
    let out = run(
        "token-bucket",
        &[("rate", "10"), ("burst", "3"), ("items", "30"), ("max_concurrent", "30"), ("work_ms", "0")],
    );
    let starts: Vec<i64> = out.writes.iter().filter(|w| w.text.starts_with("item ")).map(|w| w.t).collect();
    assert_eq!(starts.len(), 30);
    for (i, a) in starts.iter().enumerate() {
        for (j, b) in starts.iter().enumerate().skip(i) {
            let allowed = 3 + (b - a) * 10 / SECOND;
            assert!((j - i + 1) as i64 <= allowed, "items {}..={} in {}ns", i + 1, j + 1, b - a);
        }
    }
}

// ---- the timed invariant real Go is held to ----

#[test]
fn timed_invariant_allows_late_timers_but_not_other_differences() {
    use chanlab::course::conform::{invariant, Observed};
    let ex = example("ticker-limiter");
    let p = ex.resolve([("rps", "5"), ("requests", "2")]).unwrap();
    let obs = |stdout: &str| Observed { status: 0, stdout: stdout.to_string(), report: vec![] };
    assert!(invariant("ticker-limiter", &p, &obs("request 1 at 200ms\nrequest 2 at 400ms\n")).is_ok());
    assert!(invariant("ticker-limiter", &p, &obs("request 1 at 201ms\nrequest 2 at 420ms\n")).is_ok(), "a little late");
    assert!(invariant("ticker-limiter", &p, &obs("request 1 at 200ms\nrequest 2 at 600ms\n")).is_err(), "far too late");
    assert!(invariant("ticker-limiter", &p, &obs("request 1 at 100ms\nrequest 2 at 400ms\n")).is_err(), "early");
    assert!(invariant("ticker-limiter", &p, &obs("request 2 at 200ms\nrequest 1 at 400ms\n")).is_err(), "reordered");
    assert!(invariant("ticker-limiter", &p, &obs("request 1 at 200ms\n")).is_err(), "a line missing");
    let failed = Observed { status: 2, stdout: "request 1 at 200ms\nrequest 2 at 400ms\n".into(), report: vec![] };
    assert!(invariant("ticker-limiter", &p, &failed).is_err(), "another exit status");
}
