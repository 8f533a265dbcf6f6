//! Literal values from their source text: strings to bytes (Go strings may hold invalid
//! UTF-8 from `\xff`), runes to code points, integers to `i128` (or an overflow error),
//! floats (decimal and hexadecimal) and imaginary literals to `f64`. The lexer has already
//! rejected malformed literals; these functions still never panic on any input.

/// Why an integer literal has no `i128` value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntError {
    /// The value does not fit in 127 bits.
    Overflow,
    Malformed,
}

/// The bytes of a string literal (`"..."` with escapes, or a raw `` `...` `` string with
/// carriage returns removed).
pub fn string_value(raw: &str) -> Vec<u8> {
    if let Some(body) = raw.strip_prefix('`') {
        let body = body.strip_suffix('`').unwrap_or(body);
        return body.bytes().filter(|&c| c != b'\r').collect();
    }
    let body = raw.strip_prefix('"').unwrap_or(raw);
    let inner = body.strip_suffix('"').unwrap_or(body);
    let mut out = Vec::with_capacity(inner.len());
    let mut chars = inner.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let rest: String = chars.clone().map(|(_, c)| c).take(10).collect();
        let (val, used, is_byte) = escape_value(&rest);
        for _ in 0..used {
            chars.next();
        }
        push_value(&mut out, val, is_byte);
    }
    out
}

fn push_value(out: &mut Vec<u8>, val: u32, is_byte: bool) {
    if is_byte {
        out.push(val as u8);
    } else {
        let c = char::from_u32(val).unwrap_or('\u{fffd}');
        let mut buf = [0; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }
}

/// An escape's value after the backslash: (value, characters used, whether it is a byte).
fn escape_value(s: &str) -> (u32, usize, bool) {
    let mut it = s.chars();
    let Some(c) = it.next() else { return (0xFFFD, 0, false) };
    let simple = match c {
        'a' => Some(7),
        'b' => Some(8),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        '\\' | '\'' | '"' => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return (v, 1, false);
    }
    let (skip, n, base, is_byte) = match c {
        '0'..='7' => (0, 3, 8, true),
        'x' => (1, 2, 16, true),
        'u' => (1, 4, 16, false),
        'U' => (1, 8, 16, false),
        _ => return (c as u32, 1, false),
    };
    let digits: String = s.chars().skip(skip).take(n).collect();
    let v = u32::from_str_radix(&digits, base).unwrap_or(0xFFFD);
    (v, skip + digits.chars().count(), is_byte)
}

/// The code point of a rune literal (`'a'`, `'\n'`, `'\x41'`, `'\u00e9'`); invalid text
/// gives U+FFFD.
pub fn rune_value(raw: &str) -> u32 {
    let inner = raw.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).unwrap_or(raw);
    let mut chars = inner.chars();
    match chars.next() {
        Some('\\') => escape_value(chars.as_str()).0,
        Some(c) => c as u32,
        None => 0xFFFD,
    }
}

/// The value of an integer literal in any base (`0x1F`, `0o17`, `017`, `0b1`, `1_000`).
pub fn int_value(raw: &str) -> Result<i128, IntError> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, base) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (&lower[1..], 8)
    } else {
        (lower.as_str(), 10)
    };
    if digits.is_empty() {
        return Err(IntError::Malformed);
    }
    let mut v: i128 = 0;
    for c in digits.chars() {
        let d = c.to_digit(base).ok_or(IntError::Malformed)? as i128;
        v = v.checked_mul(base as i128).and_then(|v| v.checked_add(d)).ok_or(IntError::Overflow)?;
    }
    Ok(v)
}

/// The value of a floating-point literal (decimal, or hexadecimal with a `p` exponent);
/// integer text is accepted too. `None` only for malformed text.
pub fn float_value(raw: &str) -> Option<f64> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("0x") {
        return hex_float(h);
    }
    if lower.starts_with("0o") || lower.starts_with("0b") {
        return int_value(raw).ok().map(|v| v as f64);
    }
    if !lower.contains(['.', 'e']) && lower.len() > 1 && lower.starts_with('0') {
        // A legacy octal integer used as a float constant.
        return int_value(raw).ok().map(|v| v as f64);
    }
    lower.parse::<f64>().ok()
}

fn hex_float(h: &str) -> Option<f64> {
    let (mant, exp) = match h.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (h, 0),
    };
    let mut v = 0.0f64;
    let mut scale: i64 = 0;
    let mut seen_point = false;
    for c in mant.chars() {
        if c == '.' {
            seen_point = true;
            continue;
        }
        v = v * 16.0 + c.to_digit(16)? as f64;
        if seen_point {
            scale -= 4;
        }
    }
    let e = exp.saturating_add(scale).clamp(-2000, 2000) as i32;
    Some(v * 2f64.powi(e))
}

/// The imaginary part of an imaginary literal (`2i`, `1.5i`, `0x1p2i`; `0123i` is decimal).
pub fn imag_value(raw: &str) -> Option<f64> {
    let body = raw.strip_suffix('i')?;
    let lower = body.to_ascii_lowercase();
    let legacy =
        lower.starts_with('0') && !lower.starts_with("0x") && !lower.starts_with("0o") && !lower.starts_with("0b");
    if legacy && !lower.contains(['.', 'e']) {
        let s: String = body.chars().filter(|&c| c != '_').collect();
        return s.parse::<f64>().ok();
    }
    float_value(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(string_value(r#""a\tb""#), b"a\tb");
        assert_eq!(string_value(r#""\xff\x41""#), vec![0xff, 0x41]);
        assert_eq!(string_value(r#""\101\u00e9\U0001F600""#), "Aé😀".as_bytes());
        assert_eq!(string_value("`a\\n\r\nb`"), b"a\\n\nb");
        assert_eq!(string_value(r#""\"\\""#), b"\"\\");
        assert_eq!(string_value(r#""héllo""#), "héllo".as_bytes());
        // Malformed (unterminated) literals still decode without panicking.
        assert_eq!(string_value("`ab\u{e9}"), "ab\u{e9}".as_bytes());
        assert_eq!(string_value("\"ab\u{e9}"), "ab\u{e9}".as_bytes());
        assert_eq!(string_value("\"\\"), "\u{fffd}".as_bytes());
    }

    #[test]
    fn runes() {
        assert_eq!(rune_value("'a'"), 97);
        assert_eq!(rune_value(r"'\n'"), 10);
        assert_eq!(rune_value(r"'\''"), 39);
        assert_eq!(rune_value(r"'\x41'"), 65);
        assert_eq!(rune_value(r"'\377'"), 255);
        assert_eq!(rune_value(r"'\u00e9'"), 0xe9);
        assert_eq!(rune_value("'世'"), 0x4e16);
    }

    #[test]
    fn ints() {
        assert_eq!(int_value("0x1F"), Ok(31));
        assert_eq!(int_value("0o17"), Ok(15));
        assert_eq!(int_value("017"), Ok(15));
        assert_eq!(int_value("0b101"), Ok(5));
        assert_eq!(int_value("1_000_000"), Ok(1_000_000));
        assert_eq!(int_value("0"), Ok(0));
        assert_eq!(int_value("9223372036854775808"), Ok(1 << 63));
        assert_eq!(int_value("1000000000000000000000000000000000000000000"), Err(IntError::Overflow));
    }

    #[test]
    fn floats() {
        assert_eq!(float_value("1.5"), Some(1.5));
        assert_eq!(float_value(".5"), Some(0.5));
        assert_eq!(float_value("1."), Some(1.0));
        assert_eq!(float_value("1e3"), Some(1000.0));
        assert_eq!(float_value("1_000.5e-1"), Some(100.05));
        assert_eq!(float_value("0x1p-2"), Some(0.25));
        assert_eq!(float_value("0x1.8p1"), Some(3.0));
        assert_eq!(float_value("0X_1FFFP-16"), Some(0.1249847412109375));
        assert_eq!(imag_value("2i"), Some(2.0));
        assert_eq!(imag_value("0123i"), Some(123.0));
        assert_eq!(imag_value("1.5e2i"), Some(150.0));
    }
}
