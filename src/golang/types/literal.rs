//! Literal tokens to exact values: integers in every base with `_`, decimal and hexadecimal
//! floats (exact rationals when they fit), imaginary numbers, runes and strings with Go's
//! escapes.

use super::bigfloat::BigFloat;
use super::bigint::BigInt;
use super::constant::{from_bigfloat, rat, Value};

/// Why a literal could not be evaluated.
pub(crate) enum LitErr {
    /// Beyond chanlab's 128-bit exact arithmetic.
    TooBig,
    Malformed,
}

/// An integer literal (`0x1F`, `0o17`, `017`, `0b101`, `1_000`).
pub(crate) fn int_lit(raw: &str) -> Result<Value, LitErr> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (lower[1..].to_string(), 8)
    } else {
        (lower, 10)
    };
    if digits.is_empty() {
        return Err(LitErr::Malformed);
    }
    let mut v = Value::Int(0);
    for c in digits.chars() {
        let d = c.to_digit(radix).ok_or(LitErr::Malformed)? as i128;
        let scaled = super::constant::arith('*', &v, &Value::Int(radix as i128), true).map_err(|_| LitErr::TooBig)?;
        v = super::constant::arith('+', &scaled, &Value::Int(d), true).map_err(|_| LitErr::TooBig)?;
    }
    Ok(v)
}

/// A float literal (`1.5`, `1e-3`, `.5`, `0x1p-2`).
pub(crate) fn float_lit(raw: &str) -> Result<Value, LitErr> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    if let Some(h) = lower.strip_prefix("0x") {
        return hex_float(h);
    }
    let (mant, exp) = match lower.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().map_err(|_| LitErr::Malformed)?),
        None => (lower.clone(), 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((&mant, ""));
    let digits = format!("{int_part}{frac}");
    let exp = exp.saturating_sub(frac.len().min(i32::MAX as usize) as i32);
    if let Some(v) = exact_decimal(&digits, exp) {
        return Ok(v);
    }
    let f: f64 = lower.parse().map_err(|_| LitErr::Malformed)?;
    let zero = digits.chars().all(|c| c == '0');
    if f.is_normal() || zero {
        return Ok(Value::Float(f));
    }
    // Beyond f64's range, or below its normal numbers: kept exactly enough (`1e400`).
    match BigFloat::from_decimal(digits.trim_start_matches('0'), exp as i64) {
        Some(b) => Ok(from_bigfloat(b)),
        None => Err(LitErr::Malformed),
    }
}

/// `digits × 10^exp` exactly, if it fits in 128-bit rationals.
fn exact_decimal(digits: &str, exp: i32) -> Option<Value> {
    let digits = digits.trim_start_matches('0');
    let mut m: i128 = 0;
    for c in digits.chars() {
        m = m.checked_mul(10)?.checked_add(c.to_digit(10)? as i128)?;
    }
    if exp.unsigned_abs() > 38 {
        return if m == 0 { Some(Value::Int(0)) } else { None };
    }
    let p = 10i128.checked_pow(exp.unsigned_abs())?;
    if exp >= 0 {
        Some(Value::Int(m.checked_mul(p)?))
    } else {
        rat(m, p)
    }
}

fn hex_float(h: &str) -> Result<Value, LitErr> {
    let (mant, exp) = match h.split_once('p') {
        Some((m, e)) => (m, e.parse::<i32>().map_err(|_| LitErr::Malformed)?),
        None => (h, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let mut m: i128 = 0;
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16).ok_or(LitErr::Malformed)? as i128;
        m = m.checked_mul(16).and_then(|m| m.checked_add(d)).ok_or(LitErr::TooBig)?;
    }
    let exp = exp.saturating_sub((fp.len().min(1 << 28) as i32).saturating_mul(4));
    if exp.unsigned_abs() < 120 {
        let p = 1i128 << exp.unsigned_abs();
        let v = if exp >= 0 { m.checked_mul(p).map(Value::Int) } else { rat(m, p) };
        if let Some(v) = v {
            return Ok(v);
        }
    }
    Ok(from_bigfloat(BigFloat::from_int(&BigInt::from_i128(m)).ldexp(exp as i64)))
}

/// An imaginary literal (`2i`, `1.5i`).
pub(crate) fn imag_lit(raw: &str) -> Result<Value, LitErr> {
    let body = raw.strip_suffix('i').ok_or(LitErr::Malformed)?;
    let all_digits = body.chars().all(|c| c.is_ascii_digit() || c == '_');
    // Digits alone are decimal even with a leading 0 (`0123i` is 123i).
    let hex = body.starts_with("0x") || body.starts_with("0X");
    let v = if all_digits || (!hex && body.contains(['.', 'e', 'E'])) || (hex && body.contains(['p', 'P'])) {
        float_lit(body)?
    } else {
        int_lit(body)?
    };
    Ok(Value::Complex(0.0, v.to_f64()))
}

/// A rune literal (`'a'`, `'\n'`, `'\u00e9'`, `'\x41'`).
pub(crate) fn char_lit(raw: &str) -> Result<Value, LitErr> {
    let inner = raw.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')).ok_or(LitErr::Malformed)?;
    let mut out = Vec::new();
    let mut runes = Vec::new();
    unescape(inner, '\'', &mut out, &mut runes)?;
    match runes.as_slice() {
        [r] => Ok(Value::Int(*r as i128)),
        _ => Err(LitErr::Malformed),
    }
}

/// A string literal, interpreted (`"a\tb"`) or raw (`` `a` ``, carriage returns dropped).
pub(crate) fn string_lit(raw: &str) -> Result<Value, LitErr> {
    if let Some(r) = raw.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        return Ok(Value::Str(r.bytes().filter(|&b| b != b'\r').collect()));
    }
    let inner = raw.strip_prefix('"').and_then(|s| s.strip_suffix('"')).ok_or(LitErr::Malformed)?;
    let mut out = Vec::new();
    let mut runes = Vec::new();
    unescape(inner, '"', &mut out, &mut runes)?;
    Ok(Value::Str(out))
}

/// Decodes Go escapes into bytes (`out`) and runes (`runes`; a byte escape counts as a rune).
fn unescape(s: &str, quote: char, out: &mut Vec<u8>, runes: &mut Vec<u32>) -> Result<(), LitErr> {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            runes.push(c as u32);
            continue;
        }
        let e = chars.next().ok_or(LitErr::Malformed)?;
        let simple = match e {
            'a' => Some(7),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            c if c == quote => Some(c as u32),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v as u8);
            runes.push(v);
            continue;
        }
        let (n, radix, byte) = match e {
            'x' => (2, 16, true),
            'u' => (4, 16, false),
            'U' => (8, 16, false),
            '0'..='7' => (2, 8, true),
            _ => return Err(LitErr::Malformed),
        };
        let mut v: u32 = if e.is_ascii_digit() { e.to_digit(8).unwrap_or(0) } else { 0 };
        for _ in 0..n {
            let d = chars.next().and_then(|c| c.to_digit(radix)).ok_or(LitErr::Malformed)?;
            v = v.wrapping_mul(radix).wrapping_add(d);
        }
        if byte {
            out.push(v as u8);
            runes.push(v & 0xff);
        } else {
            let c = char::from_u32(v).ok_or(LitErr::Malformed)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            runes.push(v);
        }
    }
    Ok(())
}
