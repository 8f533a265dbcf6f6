//! Go's `time.Duration.String` for the whole-millisecond durations the lessons print, so that
//! tests can compute the lines they expect.

#![allow(dead_code)]

pub const MS: i64 = 1_000_000;

/// `d` (in nanoseconds, a whole number of milliseconds under an hour) as Go prints it:
/// `0s`, `40ms`, `1s`, `1.2s`, `1m5.5s`.
pub fn go_duration(d: i64) -> String {
    assert!(d >= 0 && d % MS == 0 && d < 3_600_000 * MS, "go_duration({d})");
    let ms = d / MS;
    if ms == 0 {
        return "0s".into();
    }
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let (min, ms) = (ms / 60_000, ms % 60_000);
    let secs = format!("{}.{:03}", ms / 1000, ms % 1000);
    let secs = secs.trim_end_matches('0').trim_end_matches('.');
    if min > 0 {
        format!("{min}m{secs}s")
    } else {
        format!("{secs}s")
    }
}

/// `d` rounded to a multiple of `unit` as Go's `Duration.Round` does (halves away from zero).
pub fn round(d: i64, unit: i64) -> i64 {
    (d + unit / 2) / unit * unit
}

#[test]
fn go_duration_matches_go() {
    assert_eq!(go_duration(0), "0s");
    assert_eq!(go_duration(40 * MS), "40ms");
    assert_eq!(go_duration(1000 * MS), "1s");
    assert_eq!(go_duration(1200 * MS), "1.2s");
    assert_eq!(go_duration(1001 * MS), "1.001s");
    assert_eq!(go_duration(65_500 * MS), "1m5.5s");
    assert_eq!(go_duration(120_000 * MS), "2m0s");
    assert_eq!(round(333_333_333, MS), 333 * MS);
    assert_eq!(round(999_999_999, 10 * MS), 1000 * MS);
}
