//! How much of a string's start is one float literal as Go's `readFloat` scans it (for
//! `strconv.ParseComplex`, which parses a real part and then an imaginary part): an optional
//! sign, then `inf`/`infinity`/`nan` or digits with `_`, one `.`, and an exponent (`e`, or
//! `p` after `0x`, which then is required).

/// The length of the float literal `s` starts with, or `None` when it starts with none.
pub fn float_prefix_len(s: &[u8]) -> Option<usize> {
    if let Some(n) = special_len(s) {
        return Some(n);
    }
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let hex = s.len() > i + 1 && s[i] == b'0' && s[i + 1].eq_ignore_ascii_case(&b'x');
    if hex {
        i += 2;
    }
    let (mut dot, mut digits) = (false, false);
    while let Some(&c) = s.get(i) {
        match c {
            b'_' => {}
            b'.' if dot => break,
            b'.' => dot = true,
            c if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) => digits = true,
            _ => break,
        }
        i += 1;
    }
    if !digits {
        return None;
    }
    let exp = if hex { b'p' } else { b'e' };
    if !s.get(i).is_some_and(|c| c.eq_ignore_ascii_case(&exp)) {
        return if hex { None } else { Some(i) };
    }
    i += 1;
    if matches!(s.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    if !s.get(i).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    while s.get(i).is_some_and(|c| c.is_ascii_digit() || *c == b'_') {
        i += 1;
    }
    Some(i)
}

/// `inf` or `infinity` (optionally signed; a longer partial match counts as `inf`) or an
/// unsigned `nan`, any case.
fn special_len(s: &[u8]) -> Option<usize> {
    let common = |s: &[u8], word: &[u8]| s.iter().zip(word).take_while(|(a, b)| a.to_ascii_lowercase() == **b).count();
    let sign = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let n = common(&s[sign..], b"infinity");
    match n {
        8 => return Some(sign + 8),
        3..=7 => return Some(sign + 3),
        _ => {}
    }
    (sign == 0 && common(s, b"nan") == 3).then_some(3)
}

#[cfg(test)]
mod tests {
    use super::float_prefix_len;

    #[test]
    fn prefixes_stop_where_go_stops() {
        let cases: &[(&str, Option<usize>)] = &[
            ("1+2i", Some(1)),
            ("-3.5e+2-1i", Some(7)),
            ("1e", None),
            ("0x1.8p3i", Some(7)),
            ("0x1i", None),
            ("inf+nani", Some(3)),
            ("-Infinity", Some(9)),
            ("+nan", None),
            ("1_000.5x", Some(7)),
            (".5", Some(2)),
            ("i", None),
        ];
        for (s, want) in cases {
            assert_eq!(float_prefix_len(s.as_bytes()), *want, "{s}");
        }
    }
}
