//! The `graceful-shutdown` lesson's example behaves as the lesson says: ticks start jobs
//! until SIGINT (sent by the program itself at `signal_at_ms`, or by the live Ctrl+C
//! control); then no new job starts, the jobs in flight finish within the shutdown timeout
//! (or the program exits with status 1), and cleanup comes last.

mod common_course;
use chanlab::runtime::Outcome;
use common_course::*;

const MS: i64 = 1_000_000;
const DONE: &str = "Graceful shutdown complete";
const TIMED_OUT: &str = "Shutdown timed out, forcing exit";

fn shutdown(sets: &[(&str, &str)]) -> Outcome {
    run("shutdown", sets)
}

/// The virtual time at which `text` (a whole line) was printed.
fn at(out: &Outcome, text: &str) -> Option<i64> {
    out.writes.iter().find(|w| w.text.trim_end() == text).map(|w| w.t)
}

fn started(out: &Outcome) -> usize {
    out.stdout.lines().filter(|l| l.starts_with("tick ")).count()
}

#[test]
fn shutdown_defaults_finish_the_job_in_flight_then_clean_up() {
    let out = shutdown(&[]);
    assert_eq!(out.status, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(started(&out), 3, "ticks at 1, 2 and 3 s before the signal at 3.5 s");
    assert_eq!(at(&out, "signal received, shutting down"), Some(3500 * MS));
    // Job 3 (started at 3 s, 1.2 s long) is in flight and finishes during phase 2.
    let order = ["phase 1: stopped taking new jobs", "job 3 finished", "phase 2: every job in flight finished"];
    let pos: Vec<usize> = order.iter().map(|l| lines.iter().position(|x| x == l).unwrap()).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{lines:?}");
    assert_eq!(at(&out, "job 3 finished"), Some(4200 * MS));
    assert_eq!(lines.last(), Some(&DONE));
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn shutdown_every_started_job_finishes_before_cleanup_when_time_allows() {
    for (tick, signal, inflight) in
        [("1000", "3500", "0"), ("300", "1000", "900"), ("10", "95", "50"), ("500", "0", "100")]
    {
        let out = shutdown(&[("tick_ms", tick), ("signal_at_ms", signal), ("inflight_ms", inflight)]);
        let n = started(&out);
        let finished = out.stdout.lines().filter(|l| l.starts_with("job ") && l.ends_with(" finished")).count();
        assert_eq!(finished, n, "tick {tick}, signal {signal}, inflight {inflight}: {}", out.stdout);
        let (t, s) = (tick.parse::<i64>().unwrap(), signal.parse::<i64>().unwrap());
        assert_eq!(n as i64, (s - 1) / t, "a tick every {t}ms before the signal at {s}ms");
        assert!(out.stdout.ends_with(&format!("phase 3: resources released\n{DONE}\n")));
        assert_eq!(out.status, 0);
    }
}

#[test]
fn shutdown_no_job_starts_after_the_signal() {
    let out = shutdown(&[("tick_ms", "100"), ("signal_at_ms", "450"), ("inflight_ms", "2000")]);
    let signal = at(&out, "signal received, shutting down").unwrap();
    assert_eq!(signal, 450 * MS);
    assert!(out.writes.iter().filter(|w| w.text.starts_with("tick ")).all(|w| w.t < signal));
    assert_eq!(started(&out), 4);
}

#[test]
fn shutdown_times_out_when_jobs_outlast_the_timeout() {
    for (timeout, inflight) in [("500", "1200"), ("2000", "5000"), ("0", "1200")] {
        let out = shutdown(&[("shutdown_timeout_ms", timeout), ("inflight_ms", inflight)]);
        assert_eq!(out.status, 1, "timeout {timeout}, inflight {inflight}");
        assert!(out.stdout.ends_with(&format!("{TIMED_OUT}\n")), "{}", out.stdout);
        assert!(!out.stdout.contains(DONE) && !out.stdout.contains("phase 3"));
        let t: i64 = timeout.parse().unwrap();
        assert_eq!(at(&out, TIMED_OUT), Some((3500 + t) * MS));
    }
}

#[test]
fn shutdown_live_ctrl_c_starts_the_shutdown_at_the_press() {
    let ex = example("shutdown");
    assert_eq!(ex.controls.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Ctrl+C (SIGINT)"]);
    let mut rt = ex.runtime(&ex.defaults(), 1, false).unwrap();
    rt.run_until_blocked();
    assert!(rt.controls().iter().any(|c| c == "Ctrl+C (SIGINT)"), "{:?}", rt.controls());
    // Past the first tick (1 s), then Ctrl+C at 1.5 s: job 1 (until 2.2 s) is in flight.
    while rt.now() < 1000 * MS {
        rt.step();
    }
    rt.run_until_blocked();
    assert!(rt.advance_to(1500 * MS));
    assert!(rt.inject("Ctrl+C (SIGINT)"));
    while !rt.is_done() {
        rt.step();
    }
    let out = rt.outcome();
    assert_eq!(at(&out, "signal received, shutting down"), Some(1500 * MS));
    assert_eq!(started(&out), 1);
    assert_eq!(at(&out, DONE), Some(2200 * MS));
    assert_eq!(out.status, 0);
}
