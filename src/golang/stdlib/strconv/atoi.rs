//! `strconv.ParseInt`, `ParseUint`, `ParseFloat`, `ParseBool`: Go's accepted syntax (base
//! prefixes, `_` separators with a prefix-aware rule, `inf`/`nan`), Go's clamped results on
//! overflow, and which error each input gets ([`NumErr`]; the Go side words it).

/// Why a parse failed: `strconv.ErrSyntax`, `ErrRange`, or an invalid argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumErr {
    Syntax,
    Range,
    /// `invalid base N`.
    Base,
    /// `invalid bit size N`.
    BitSize,
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// Whether `_` separators in `s` sit only between digits (or after a base prefix).
pub fn underscore_ok(s: &[u8]) -> bool {
    let mut s = s;
    if let [b'-' | b'+', rest @ ..] = s {
        s = rest;
    }
    let mut saw = b'^';
    let mut i = 0;
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    for &c in &s[i..] {
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// `strconv.ParseUint(s, base, bitSize)`: the value (clamped on overflow) or the error.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumErr>) {
    if s.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let base0 = base == 0;
    let (mut digits, mut base) = (s, base);
    if base == 0 {
        base = 10;
        if s[0] == b'0' {
            let pfx = if s.len() >= 3 { lower(s[1]) } else { 0 };
            (base, digits) = match pfx {
                b'b' => (2, &s[2..]),
                b'o' => (8, &s[2..]),
                b'x' => (16, &s[2..]),
                _ => (8, &s[1..]),
            };
        }
    } else if !(2..=36).contains(&base) {
        return (0, Some(NumErr::Base));
    }
    let bits = if bit_size == 0 { 64 } else { bit_size };
    if !(0..=64).contains(&bits) {
        return (0, Some(NumErr::BitSize));
    }
    let max = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in digits {
        let d = match c {
            b'_' if base0 => {
                underscores = true;
                continue;
            }
            b'0'..=b'9' => c - b'0',
            _ if lower(c).is_ascii_lowercase() => lower(c) - b'a' + 10,
            _ => return (0, Some(NumErr::Syntax)),
        };
        if d as i64 >= base {
            return (0, Some(NumErr::Syntax));
        }
        match n.checked_mul(base as u64).and_then(|m| m.checked_add(d as u64)) {
            Some(v) if v <= max => n = v,
            _ => return (max, Some(NumErr::Range)),
        }
    }
    if underscores && !underscore_ok(s) {
        return (0, Some(NumErr::Syntax));
    }
    (n, None)
}

/// `strconv.ParseInt(s, base, bitSize)`.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumErr>) {
    if s.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let (neg, rest) = match s[0] {
        b'+' => (false, &s[1..]),
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    let (un, err) = parse_uint(rest, base, bit_size);
    if err.is_some() && err != Some(NumErr::Range) {
        return (0, err);
    }
    let bits = if bit_size == 0 { 64 } else { bit_size };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(NumErr::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(NumErr::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Option<bool> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Some(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Some(false),
        _ => None,
    }
}

/// `inf`, `infinity`, `nan` (any case, inf with an optional sign).
fn special(s: &[u8]) -> Option<f64> {
    let (sign, rest) = match s.first() {
        Some(b'+') => (1.0, &s[1..]),
        Some(b'-') => (-1.0, &s[1..]),
        _ => (1.0, s),
    };
    let low: Vec<u8> = rest.iter().map(|c| c.to_ascii_lowercase()).collect();
    if low == b"inf" || low == b"infinity" {
        return Some(sign * f64::INFINITY);
    }
    if s.eq_ignore_ascii_case(b"nan") {
        return Some(f64::NAN);
    }
    None
}

/// `strconv.ParseFloat(s, bitSize)` (bitSize 32 rounds to float32).
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumErr>) {
    if let Some(v) = special(s) {
        return (v, None);
    }
    let mut text: Vec<u8> = s.to_vec();
    if text.contains(&b'_') {
        if !underscore_ok(s) {
            return (0.0, Some(NumErr::Syntax));
        }
        text.retain(|&c| c != b'_');
    }
    let body = text.strip_prefix(b"-").or(text.strip_prefix(b"+")).unwrap_or(&text);
    let neg = text.first() == Some(&b'-');
    let v = if body.len() > 2 && body[0] == b'0' && lower(body[1]) == b'x' {
        match parse_hex_float(&body[2..]) {
            Some(v) => v,
            None => return (0.0, Some(NumErr::Syntax)),
        }
    } else {
        let bad = |c: &u8| !(c.is_ascii_digit() || b".eE+-".contains(c));
        if body.first().is_some_and(|c| !c.is_ascii_digit() && *c != b'.') || body.iter().any(bad) {
            return (0.0, Some(NumErr::Syntax));
        }
        let text = std::str::from_utf8(body).unwrap_or("x");
        let parsed = if bit_size == 32 { text.parse::<f32>().map(|v| v as f64) } else { text.parse::<f64>() };
        match parsed {
            Ok(v) => v,
            Err(_) => return (0.0, Some(NumErr::Syntax)),
        }
    };
    let v = if neg { -v } else { v };
    let v = if bit_size == 32 { v as f32 as f64 } else { v };
    if v.is_infinite() {
        return (v, Some(NumErr::Range));
    }
    (v, None)
}

/// A hexadecimal float's digits after `0x`: `1.8p3` (the `p` exponent is required).
fn parse_hex_float(s: &[u8]) -> Option<f64> {
    let p = s.iter().position(|&c| lower(c) == b'p')?;
    let exp: i32 = std::str::from_utf8(&s[p + 1..]).ok()?.parse().ok()?;
    let (mut mant, mut shift, mut seen_dot, mut any, mut sticky) = (0u64, 0i32, false, false, false);
    for &c in &s[..p] {
        if c == b'.' && !seen_dot {
            seen_dot = true;
            continue;
        }
        let d = (c as char).to_digit(16)? as u64;
        any = true;
        if mant >> 56 == 0 {
            mant = mant << 4 | d;
            if seen_dot {
                shift -= 4;
            }
        } else {
            sticky |= d != 0;
            if !seen_dot {
                shift += 4;
            }
        }
    }
    if !any {
        return None;
    }
    let mant = mant << 1 | sticky as u64;
    Some(mant as f64 * 2f64.powi(exp + shift - 1))
}
