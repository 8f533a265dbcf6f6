//! Go's text formats that simulated programs need to print exactly as Go does:
//! `time.Duration.String()` and duration literals for rendered source.

/// Nanoseconds per unit, as in Go's `time` package.
pub const NANOSECOND: i64 = 1;
pub const MICROSECOND: i64 = 1_000;
pub const MILLISECOND: i64 = 1_000_000;
pub const SECOND: i64 = 1_000_000_000;
pub const MINUTE: i64 = 60 * SECOND;
pub const HOUR: i64 = 60 * MINUTE;

/// Format a duration (in nanoseconds) exactly like Go's `time.Duration.String()`:
/// `0s`, `1.5s`, `500ms`, `2m30s`, `1h0m0s`, `-3µs`.
pub fn duration(d: i64) -> String {
    if d == 0 {
        return "0s".to_string();
    }
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut s = String::new();
    if u < SECOND as u64 {
        // Sub-second: a single unit with a fraction.
        let (unit, div) = if u < MICROSECOND as u64 {
            ("ns", 1u64)
        } else if u < MILLISECOND as u64 {
            ("µs", MICROSECOND as u64)
        } else {
            ("ms", MILLISECOND as u64)
        };
        s.push_str(&fraction(u, div));
        s.push_str(unit);
    } else {
        let secs_total = u / SECOND as u64;
        let nanos = u % SECOND as u64;
        let h = secs_total / 3600;
        let m = (secs_total / 60) % 60;
        let sec = secs_total % 60;
        if h > 0 {
            s.push_str(&format!("{h}h{m}m"));
        } else if m > 0 {
            s.push_str(&format!("{m}m"));
        }
        s.push_str(&fraction(sec * SECOND as u64 + nanos, SECOND as u64));
        s.push('s');
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

/// `v / div` with the fractional digits Go prints (trailing zeros trimmed).
fn fraction(v: u64, div: u64) -> String {
    let whole = v / div;
    let mut rem = v % div;
    if rem == 0 {
        return whole.to_string();
    }
    let mut digits = String::new();
    let mut d = div;
    while rem > 0 && d > 1 {
        d /= 10;
        digits.push(char::from(b'0' + (rem / d) as u8));
        rem %= d;
    }
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// A duration given in milliseconds as a Go expression: `0`, `time.Millisecond`,
/// `500 * time.Millisecond`, `time.Second`, `2 * time.Second`.
pub fn duration_literal_ms(ms: i64) -> String {
    match ms {
        0 => "0".to_string(),
        1 => "time.Millisecond".to_string(),
        1000 => "time.Second".to_string(),
        ms if ms % 1000 == 0 => format!("{} * time.Second", ms / 1000),
        ms => format!("{ms} * time.Millisecond"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duration_strings_match_go() {
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(1), "1ns");
        assert_eq!(duration(1500), "1.5µs");
        assert_eq!(duration(20 * MILLISECOND), "20ms");
        assert_eq!(duration(1500 * MILLISECOND), "1.5s");
        assert_eq!(duration(90 * SECOND), "1m30s");
        assert_eq!(duration(HOUR), "1h0m0s");
        assert_eq!(duration(-2 * SECOND), "-2s");
    }

    #[test]
    fn duration_literals_are_go_expressions() {
        assert_eq!(duration_literal_ms(0), "0");
        assert_eq!(duration_literal_ms(500), "500 * time.Millisecond");
        assert_eq!(duration_literal_ms(2000), "2 * time.Second");
        assert_eq!(duration_literal_ms(1000), "time.Second");
    }
}
