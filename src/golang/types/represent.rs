//! Constants against types and in messages: whether a value fits a basic type (rounded to
//! a float's size; `truncated` / `overflows` otherwise), and values printed as Go's messages
//! print them (`1e+100`, `0.333333`, `(1 + 2i)`).

use super::constant::{Unrepr, Value};
use super::table::{int_bits, is_complex, is_float, is_integer, is_unsigned};
use super::Basic;

/// The value converted to basic kind `b` if it fits (floats rounded to their size).
pub(crate) fn represent(v: &Value, b: Basic) -> Result<Value, Unrepr> {
    use Basic::*;
    match b {
        Bool | UntypedBool => return if matches!(v, Value::Bool(_)) { Ok(v.clone()) } else { Err(Unrepr::Mismatch) },
        String | UntypedString => {
            return if matches!(v, Value::Str(_)) { Ok(v.clone()) } else { Err(Unrepr::Mismatch) }
        }
        _ => {}
    }
    if !v.is_numeric() {
        return Err(Unrepr::Mismatch);
    }
    if is_integer(b) {
        if let Value::BigInt(_) = v {
            return if matches!(b, UntypedInt | UntypedRune) { Ok(v.clone()) } else { Err(Unrepr::Overflows) };
        }
        let Some(i) = v.to_int() else {
            if let Value::Complex(_, im) = v {
                if *im != 0.0 {
                    return Err(Unrepr::Truncated);
                }
            }
            return Err(Unrepr::Truncated);
        };
        if matches!(b, UntypedInt | UntypedRune) {
            return Ok(Value::Int(i));
        }
        let bits = int_bits(b);
        let (lo, hi) =
            if is_unsigned(b) { (0, (1i128 << bits) - 1) } else { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) };
        return if i < lo || i > hi { Err(Unrepr::Overflows) } else { Ok(Value::Int(i)) };
    }
    if is_float(b) {
        if let Value::Complex(_, im) = v {
            if *im != 0.0 {
                return Err(Unrepr::Truncated);
            }
        }
        let f = v.to_f64();
        if !f.is_finite() || (b == Float32 && (f as f32).is_infinite()) {
            return Err(Unrepr::Overflows);
        }
        return Ok(match v {
            Value::Complex(r, _) => Value::Float(*r),
            _ if b == UntypedFloat => v.clone(),
            Value::Int(_) | Value::Rat(..) if b == Float64 && exact_f64(v) => v.clone(),
            _ if b == Float32 => Value::Float(f as f32 as f64),
            _ => Value::Float(f),
        });
    }
    if is_complex(b) {
        return Ok(match v {
            Value::Complex(..) => v.clone(),
            _ => Value::Complex(v.to_f64(), 0.0),
        });
    }
    Err(Unrepr::Mismatch)
}

fn exact_f64(v: &Value) -> bool {
    match *v {
        Value::Int(i) => (i as f64) as i128 == i,
        _ => false,
    }
}

/// [`represent`] for a value of kind `from`: Go words a failure by the kinds (a float to an
/// integer type is "truncated", anything else "overflows").
pub(crate) fn represent_from(v: &Value, from: Basic, to: Basic) -> Result<Value, Unrepr> {
    match represent(v, to) {
        Err(Unrepr::Truncated | Unrepr::Overflows)
            if super::table::is_numeric(from) && super::table::is_numeric(to) =>
        {
            if !is_integer(from) && is_integer(to) {
                Err(Unrepr::Truncated)
            } else {
                Err(Unrepr::Overflows)
            }
        }
        r => r,
    }
}

/// The value of a constant of kind `b` as Go's messages print it (floats in `%.6g`).
pub(crate) fn value_string_kind(v: &Value, b: Basic) -> String {
    if (is_float(b) || is_complex(b)) && matches!(v, Value::Int(_) | Value::BigInt(_)) {
        return fmt_g(v.to_f64(), 6);
    }
    value_string(v)
}

/// The value as Go's messages print it (`300`, `1.5`, `"hi"`, `true`).
pub(crate) fn value_string(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Str(s) => {
            let s = String::from_utf8_lossy(s);
            let q = format!("{:?}", s.as_ref());
            if q.chars().count() > 72 {
                let head: String = q.chars().take(69).collect();
                format!("{head}...")
            } else {
                q
            }
        }
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_decimal(),
        Value::Big(b) => {
            let (m, e) = b.frexp();
            let l = (m.abs().log10() + e as f64 * std::f64::consts::LOG10_2).max(-1e18);
            let exp = l.floor();
            let mant = 10f64.powf(l - exp) * m.signum();
            let s = fmt_g(mant, 6);
            format!("{s}e{}{:02}", if exp < 0.0 { '-' } else { '+' }, exp.abs() as i64)
        }
        Value::Rat(..) | Value::Float(_) => {
            let f = v.to_f64();
            let s = fmt_g(f, 6);
            if !s.contains('.') && !s.contains('e') && v.to_int().is_none() {
                fmt_g(f, 17)
            } else {
                s
            }
        }
        Value::Complex(r, i) => format!("({} + {}i)", fmt_g(*r, 6), fmt_g(*i, 6)),
    }
}

/// C's `%.{prec}g`, as Go's fmt writes it.
fn fmt_g(f: f64, prec: usize) -> String {
    if f == 0.0 {
        return "0".into();
    }
    if !f.is_finite() {
        return if f.is_nan() {
            "NaN".into()
        } else if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let e = format!("{:.*e}", prec.saturating_sub(1), f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, f)).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}
