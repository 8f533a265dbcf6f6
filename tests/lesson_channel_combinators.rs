//! The `channel-combinators` lesson's examples keep their promises: `or` closes at the
//! earliest input and leaves no watcher behind; `orDone` ends a range over a channel that is
//! never closed (a plain range deadlocks); `tee` gives both readers every value in order;
//! `bridge` delivers every value of every stream, stream by stream.

mod common_course;
use common_course::*;

const MS: i64 = 1_000_000;

// ---- or-channel ----

#[test]
fn or_channel_unblocks_at_the_earliest_close_whatever_its_position() {
    for n in [1i64, 2, 4, 7, 16] {
        for first in [1, (n + 1) / 2, n] {
            for step in [10i64, 100] {
                let (ns, fs, ss) = (n.to_string(), first.to_string(), step.to_string());
                let out = run("or-channel", &[("channels", &ns), ("earliest", &fs), ("step_ms", &ss)]);
                let want: String = (1..=n)
                    .map(|i| format!("channel {i}: {}\n", if i == first { "closed" } else { "still open" }))
                    .collect();
                assert!(out.stdout.starts_with(&want), "n {n}, first {first}: {}", out.stdout);
                let wake = out.writes.first().expect("output").t;
                assert_eq!(wake, step * MS, "or returns after one step");
            }
        }
    }
}

#[test]
fn or_channel_leaves_no_watcher_running() {
    let out = run("or-channel", &[("channels", "16"), ("earliest", "5")]);
    assert!(out.stdout.ends_with("goroutines still running: 1\n"), "{}", out.stdout);
    assert!(out.leaks.is_empty(), "{}", out.leak_report());
}

#[test]
fn or_channel_earliest_may_not_exceed_the_channel_count() {
    assert!(example("or-channel").resolve([("channels", "3"), ("earliest", "4")]).is_err());
}

// ---- or-done ----

fn readings(stdout: &str) -> Vec<i64> {
    stdout.lines().filter_map(|l| l.strip_prefix("reading ")?.parse().ok()).collect()
}

#[test]
fn or_done_delivers_every_reading_then_stops_when_done_closes() {
    for items in [0i64, 1, 5, 1000] {
        let n = items.to_string();
        let out = run("or-done", &[("items", &n)]);
        let want: Vec<i64> = (1..=items).map(|i| i * 10).collect();
        assert_eq!(readings(&out.stdout), want);
        assert!(out.stdout.ends_with(&format!("stopped after {items} readings\n")));
        assert_eq!(out.status, 0);
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
        // The range ends when done closes, not before.
        assert_eq!(out.writes.last().unwrap().t, 100 * MS);
    }
}

#[test]
fn or_done_off_a_plain_range_waits_forever_for_a_close() {
    let out = run("or-done", &[("or_done", "false")]);
    assert_eq!(readings(&out.stdout), [10, 20, 30, 40, 50]);
    assert!(!out.stdout.contains("stopped after"));
    assert_eq!(out.status, 2);
    assert!(out.report.starts_with("fatal error: all goroutines are asleep - deadlock!"), "{}", out.report);
    assert!(out.report.contains("goroutine 1 [chan receive]:"));
}

#[test]
fn or_done_closing_done_first_reads_nothing_and_frees_the_reader() {
    let out = run("or-done", &[("stop_ms", "0")]);
    assert_eq!(out.stdout, "stopped after 0 readings\n");
    // The feed's writer is left on its first send: orDone frees the reader only.
    assert_eq!(out.leaks.len(), 1, "{}", out.leak_report());
    assert_eq!(out.leaks[0].func, "main.feed.func1");
}

// ---- tee ----

#[test]
fn tee_gives_both_readers_every_value_in_order() {
    for items in [0i64, 1, 2, 5, 100] {
        for seed in 1..=4 {
            let n = items.to_string();
            let out = run_seed("tee", &[("items", &n)], seed);
            let list: Vec<String> = (1..=items).map(|i| i.to_string()).collect();
            let want = format!("audit log: [{}]\nmetrics sum: {}\n", list.join(" "), items * (items + 1) / 2);
            assert_eq!(out.stdout, want, "items {items}, seed {seed}");
            assert!(out.leaks.is_empty(), "{}", out.leak_report());
        }
    }
}

// ---- bridge ----

#[test]
fn bridge_delivers_every_value_stream_by_stream() {
    for (streams, items) in [(0i64, 3i64), (3, 0), (1, 1), (3, 3), (20, 50)] {
        let (s, i) = (streams.to_string(), items.to_string());
        let out = run("bridge", &[("streams", &s), ("items", &i)]);
        let mut want = String::new();
        for p in 1..=streams {
            for k in 1..=items {
                want.push_str(&format!("p{p}-{k}\n"));
            }
        }
        want.push_str(&format!("{} values from {streams} pages\n", streams * items));
        assert_eq!(out.stdout, want, "streams {streams}, items {items}");
        assert!(out.leaks.is_empty(), "{}", out.leak_report());
    }
}
