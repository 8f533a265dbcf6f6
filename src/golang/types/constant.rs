//! Exact constant values: Go's untyped constant arithmetic. Integers are `i128`; non-integer
//! numbers are exact rationals of `i128`s while they fit (so `0.1 + 0.2 == 0.3` holds, as in
//! Go) and `f64` beyond. Fitting a type and printing are represent.rs's (re-exported here).

use super::bigfloat::BigFloat;
use super::bigint::{BigInt, MAX_BITS};
use super::table::{is_complex, is_float};
use super::{Basic, Const};

pub(crate) use super::represent::{represent, represent_from, value_string_kind};

/// A constant's exact value while checking.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Bool(bool),
    Str(Vec<u8>),
    Int(i128),
    /// An integer beyond `i128` (untyped constants, up to 512 bits as in Go).
    BigInt(Box<BigInt>),
    /// numerator, denominator (> 1, lowest terms).
    Rat(i128, i128),
    Float(f64),
    /// Beyond `f64`'s range (`1e300 * 1e300`, `1e-400` are valid untyped constants).
    Big(Box<BigFloat>),
    Complex(f64, f64),
}

/// Why an operation on constants failed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum ConstErr {
    DivByZero,
    /// Beyond what chanlab's exact arithmetic holds.
    TooBig,
}

/// Why a value does not fit a type.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Unrepr {
    Truncated,
    Overflows,
    Mismatch,
}

fn gcd(a: i128, b: i128) -> i128 {
    let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a as i128
}

/// A rational in lowest terms (an `Int` when the denominator is 1), `None` when it overflows.
pub(crate) fn rat(n: i128, d: i128) -> Option<Value> {
    if d == 0 {
        return None;
    }
    let g = gcd(n, d).max(1);
    let (mut n, mut d) = (n / g, d / g);
    if d < 0 {
        n = n.checked_neg()?;
        d = d.checked_neg()?;
    }
    Some(if d == 1 { Value::Int(n) } else { Value::Rat(n, d) })
}

/// `n/d` rounded once to the nearest float64 (dividing two rounded floats can be an ulp
/// off: `1e-30` is 1/10^30, and 10^30 is not a float64): at least 67 quotient bits by long
/// division, the remainder folded into the last bit, then one rounding.
fn rat_to_f64(n: i128, d: i128) -> f64 {
    const EXACT: u128 = 1 << 53;
    let (a, b) = (n.unsigned_abs(), d.unsigned_abs());
    if a <= EXACT && b <= EXACT {
        return n as f64 / d as f64;
    }
    let (mut m, mut r, mut e) = (a / b, a % b, 0i32);
    while m < 1 << 66 {
        let twice = r << 1; // r < b <= 2^127: no overflow
        m = m << 1 | u128::from(twice >= b);
        r = if twice >= b { twice - b } else { twice };
        e -= 1;
    }
    let v = (m | u128::from(r != 0)) as f64 * 2f64.powi(e);
    if (n < 0) != (d < 0) {
        -v
    } else {
        v
    }
}

impl Value {
    pub fn to_f64(&self) -> f64 {
        match *self {
            Value::Int(i) => i as f64,
            Value::BigInt(ref b) => b.to_f64(),
            Value::Rat(n, d) => rat_to_f64(n, d),
            Value::Float(f) => f,
            Value::Big(ref b) => b.to_f64(),
            Value::Complex(r, _) => r,
            _ => 0.0,
        }
    }

    /// The value as an integer if it is integral.
    pub fn to_int(&self) -> Option<i128> {
        match *self {
            Value::Int(i) => Some(i),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 1.7e38 => Some(f as i128),
            Value::Complex(r, 0.0) if r.fract() == 0.0 && r.abs() < 1.7e38 => Some(r as i128),
            _ => None,
        }
    }

    fn as_rat(&self) -> Option<(i128, i128)> {
        match *self {
            Value::Int(i) => Some((i, 1)),
            Value::Rat(n, d) => Some((n, d)),
            _ => None,
        }
    }

    /// The value as a big integer, if it is an integer.
    fn to_big(&self) -> Option<BigInt> {
        match self {
            Value::BigInt(b) => Some((**b).clone()),
            v => v.to_int().map(BigInt::from_i128),
        }
    }

    /// Whether the value is a whole number (of any size).
    pub fn is_integral(&self) -> bool {
        matches!(self, Value::BigInt(_)) || self.to_int().is_some()
    }

    pub fn is_numeric(&self) -> bool {
        !matches!(self, Value::Bool(_) | Value::Str(_))
    }

    /// The contract's value for a constant of basic kind `b`.
    pub fn to_const(&self, b: Basic) -> Const {
        match self {
            Value::Bool(v) => Const::Bool(*v),
            Value::Str(s) => Const::String(s.clone()),
            Value::Complex(r, i) => Const::Complex(*r, *i),
            Value::BigInt(b) => Const::Float(b.to_f64()),
            v if is_complex(b) => Const::Complex(v.to_f64(), 0.0),
            v if is_float(b) => Const::Float(if b == Basic::Float32 { v.to_f64() as f32 as f64 } else { v.to_f64() }),
            v => match v.to_int() {
                Some(i) => Const::Int(i),
                None => Const::Float(v.to_f64()),
            },
        }
    }
}

/// A big integer result: an `Int` when it fits, an error beyond Go's 512 bits.
fn from_big(b: BigInt) -> Result<Value, ConstErr> {
    if b.bits() > MAX_BITS {
        return Err(ConstErr::TooBig);
    }
    Ok(match b.to_i128() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Box::new(b)),
    })
}

/// Integer arithmetic beyond `i128`.
fn big_int_arith(op: char, a: &BigInt, b: &BigInt) -> Result<Value, ConstErr> {
    let r = match op {
        '+' => a.add(b),
        '-' => a.add(&b.neg()),
        '*' => a.mul(b),
        '/' => a.divmod(b).ok_or(ConstErr::DivByZero)?.0,
        '%' => a.divmod(b).ok_or(ConstErr::DivByZero)?.1,
        _ => return Err(ConstErr::TooBig),
    };
    from_big(r)
}

/// `a op b` on numbers (`int_div`: `/` truncates, for integer operands).
pub(crate) fn arith(op: char, a: &Value, b: &Value, int_div: bool) -> Result<Value, ConstErr> {
    let any_big = matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_));
    if any_big && (op != '/' || int_div) {
        if let (Some(x), Some(y)) = (a.to_big(), b.to_big()) {
            return big_int_arith(op, &x, &y);
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            '+' => x.checked_add(*y),
            '-' => x.checked_sub(*y),
            '*' => x.checked_mul(*y),
            '/' if *y == 0 => return Err(ConstErr::DivByZero),
            // go/constant divides two values that fit in int64 as int64s, and Go's int64
            // division wraps: the constant `math.MinInt64 / -1` is math.MinInt64.
            '/' if int_div && *x == i64::MIN as i128 && *y == -1 => Some(*x),
            '/' if int_div => x.checked_div(*y),
            '/' => return rat(*x, *y).ok_or(ConstErr::TooBig),
            '%' if *y == 0 => return Err(ConstErr::DivByZero),
            '%' => x.checked_rem(*y),
            '&' => Some(x & y),
            '|' => Some(x | y),
            '^' => Some(x ^ y),
            'n' => Some(x & !y),
            _ => None,
        };
        return match r {
            Some(v) => Ok(Value::Int(v)),
            None => big_int_arith(op, &BigInt::from_i128(*x), &BigInt::from_i128(*y)),
        };
    }
    if let (Some((an, ad)), Some((bn, bd))) = (a.as_rat(), b.as_rat()) {
        if let Some(v) = rat_arith(op, an, ad, bn, bd)? {
            return Ok(v);
        }
    }
    float_arith(op, a, b)
}

fn rat_arith(op: char, an: i128, ad: i128, bn: i128, bd: i128) -> Result<Option<Value>, ConstErr> {
    let r = match op {
        '+' | '-' => {
            let l = an.checked_mul(bd);
            let r = bn.checked_mul(ad);
            let d = ad.checked_mul(bd);
            match (l, r, d) {
                (Some(l), Some(r), Some(d)) => {
                    let n = if op == '+' { l.checked_add(r) } else { l.checked_sub(r) };
                    n.and_then(|n| rat(n, d))
                }
                _ => None,
            }
        }
        '*' => match (an.checked_mul(bn), ad.checked_mul(bd)) {
            (Some(n), Some(d)) => rat(n, d),
            _ => None,
        },
        '/' => {
            if bn == 0 {
                return Err(ConstErr::DivByZero);
            }
            match (an.checked_mul(bd), ad.checked_mul(bn)) {
                (Some(n), Some(d)) => rat(n, d),
                _ => None,
            }
        }
        _ => None,
    };
    Ok(r)
}

/// A non-complex number as a big float, exactly (a rational to 4096 bits).
pub(crate) fn to_bigfloat(v: &Value) -> BigFloat {
    let int = |i: i128| BigFloat::from_int(&BigInt::from_i128(i));
    match v {
        Value::Big(b) => (**b).clone(),
        Value::Int(i) => int(*i),
        Value::BigInt(b) => BigFloat::from_int(b),
        Value::Rat(n, d) => int(*n).div(&int(*d)).unwrap_or_else(|| int(0)),
        v => BigFloat::from_f64(v.to_f64()),
    }
}

/// A big float result: a plain float when it lies well inside `f64`'s range, else `Big`.
pub(crate) fn from_bigfloat(b: BigFloat) -> Value {
    match b.frexp() {
        (0.0, _) => Value::Float(0.0),
        (_, e) if (-1000..=1000).contains(&e) => Value::Float(b.to_f64()),
        _ => Value::Big(Box::new(b)),
    }
}

/// Arithmetic on floats of any magnitude.
fn big_arith(op: char, a: &Value, b: &Value) -> Result<Value, ConstErr> {
    let (x, y) = (to_bigfloat(a), to_bigfloat(b));
    Ok(from_bigfloat(match op {
        '*' => x.mul(&y),
        '/' => x.div(&y).ok_or(ConstErr::DivByZero)?,
        '+' => x.add(&y),
        '-' => x.add(&y.neg()),
        _ => return Err(ConstErr::TooBig),
    }))
}

fn float_arith(op: char, a: &Value, b: &Value) -> Result<Value, ConstErr> {
    if matches!(a, Value::Big(..)) || matches!(b, Value::Big(..)) {
        return big_arith(op, a, b);
    }
    let (ar, ai) = complex_parts(a);
    let (br, bi) = complex_parts(b);
    let complex = matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..));
    if complex {
        let (r, i) = match op {
            '+' => (ar + br, ai + bi),
            '-' => (ar - br, ai - bi),
            '*' => (ar * br - ai * bi, ar * bi + ai * br),
            '/' => {
                let den = br * br + bi * bi;
                if den == 0.0 {
                    return Err(ConstErr::DivByZero);
                }
                ((ar * br + ai * bi) / den, (ai * br - ar * bi) / den)
            }
            _ => return Err(ConstErr::TooBig),
        };
        return Ok(Value::Complex(r, i));
    }
    let r = match op {
        '+' => ar + br,
        '-' => ar - br,
        '*' => ar * br,
        '/' if br == 0.0 => return Err(ConstErr::DivByZero),
        '/' => ar / br,
        _ => return Err(ConstErr::TooBig),
    };
    // Beyond f64's range, or below it (`1e-200 * 1e-200` is not zero).
    if r.is_infinite() || r.is_nan() || (r == 0.0 && matches!(op, '*' | '/') && ar != 0.0 && br != 0.0) {
        return big_arith(op, a, b);
    }
    Ok(Value::Float(r))
}

fn complex_parts(v: &Value) -> (f64, f64) {
    match *v {
        Value::Complex(r, i) => (r, i),
        ref v => (v.to_f64(), 0.0),
    }
}

/// Compares two constants (`op` is one of `== != < <= > >=`).
pub(crate) fn compare(op: &str, a: &Value, b: &Value) -> bool {
    use std::cmp::Ordering;
    let ord = match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Str(x), Value::Str(y)) => x.cmp(y),
        (Value::BigInt(_), _) | (_, Value::BigInt(_)) if a.is_integral() && b.is_integral() => {
            match (a.to_big(), b.to_big()) {
                (Some(x), Some(y)) => x.cmp(&y),
                _ => Ordering::Equal,
            }
        }
        (Value::Complex(..), _) | (_, Value::Complex(..)) => {
            let eq = complex_parts(a) == complex_parts(b);
            return if op == "==" { eq } else { !eq };
        }
        (Value::Big(_), _) | (_, Value::Big(_)) => to_bigfloat(a).cmp(&to_bigfloat(b)),
        _ => match (a.as_rat(), b.as_rat()) {
            (Some((an, ad)), Some((bn, bd))) => match (an.checked_mul(bd), bn.checked_mul(ad)) {
                (Some(l), Some(r)) => l.cmp(&r),
                _ => a.to_f64().partial_cmp(&b.to_f64()).unwrap_or(Ordering::Equal),
            },
            _ => a.to_f64().partial_cmp(&b.to_f64()).unwrap_or(Ordering::Equal),
        },
    };
    match op {
        "==" => ord == Ordering::Equal,
        "!=" => ord != Ordering::Equal,
        "<" => ord == Ordering::Less,
        "<=" => ord != Ordering::Greater,
        ">" => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}

/// `x << n` or `x >> n` on an integer constant of any size (up to Go's 512 bits).
pub(crate) fn shift_value(x: &Value, left: bool, n: u64) -> Result<Value, ConstErr> {
    if let Value::Int(i) = x {
        if let Ok(r) = shift(*i, left, n) {
            return Ok(Value::Int(r));
        }
    }
    let b = x.to_big().ok_or(ConstErr::TooBig)?;
    if left {
        if n as usize > MAX_BITS + 1 {
            return if b.bits() == 0 { Ok(Value::Int(0)) } else { Err(ConstErr::TooBig) };
        }
        from_big(b.shl(n as usize))
    } else {
        from_big(b.shr((n as usize).min(MAX_BITS + 64)))
    }
}

/// `x << n` or `x >> n` on an `i128` constant.
pub(crate) fn shift(x: i128, left: bool, n: u64) -> Result<i128, ConstErr> {
    if left {
        if x == 0 {
            return Ok(0);
        }
        if n >= 127 {
            return Err(ConstErr::TooBig);
        }
        let r = x.checked_shl(n as u32).ok_or(ConstErr::TooBig)?;
        if r >> n != x {
            return Err(ConstErr::TooBig);
        }
        Ok(r)
    } else if n >= 127 {
        Ok(if x < 0 { -1 } else { 0 })
    } else {
        Ok(x >> n)
    }
}
