//! Complex numbers: a `complex64`/`complex128` value is an aggregate of two floats (real,
//! imaginary) that is never changed in place. Arithmetic is Go's: computed in float64 and
//! rounded to float32 parts for complex64; division is the runtime's `complex128div`
//! (Smith's algorithm, with C99's fix-ups for infinities and zeros).

use super::code::CplxOp;
use super::value::Value;

/// The parts of a complex value (0 for anything else).
pub(crate) fn parts(v: &Value) -> (f64, f64) {
    match v {
        Value::Agg(a) => {
            let a = a.borrow();
            (a.first().map_or(0.0, Value::as_float), a.get(1).map_or(0.0, Value::as_float))
        }
        Value::Float(f) => (*f, 0.0),
        _ => (0.0, 0.0),
    }
}

/// A complex value from its parts (rounded to float32 for a complex64).
pub(crate) fn make(re: f64, im: f64, f32: bool) -> Value {
    let (re, im) = if f32 { (re as f32 as f64, im as f32 as f64) } else { (re, im) };
    Value::agg(vec![Value::Float(re), Value::Float(im)])
}

/// One [`CplxOp`] on `a` and `b`.
pub(crate) fn exec(op: CplxOp, a: &Value, b: &Value, f32: bool) -> Value {
    if op == CplxOp::Make {
        return make(a.as_float(), b.as_float(), f32);
    }
    let (ar, ai) = parts(a);
    let (br, bi) = parts(b);
    let (re, im) = match op {
        CplxOp::Add => (ar + br, ai + bi),
        CplxOp::Sub => (ar - br, ai - bi),
        CplxOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        CplxOp::Div => div((ar, ai), (br, bi)),
        CplxOp::Neg => (-ar, -ai),
        CplxOp::Text => {
            return Value::str(&match a {
                Value::Float(f) if f32 => super::panics::print_float32(*f),
                _ => text(a, f32),
            })
        }
        CplxOp::Real => return Value::Float(ar),
        CplxOp::Imag => return Value::Float(ai),
        CplxOp::Conv | CplxOp::Make => (ar, ai),
    };
    make(re, im, f32)
}

/// `n / m` as Go's runtime divides complex128 values.
pub(crate) fn div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        let inf2one = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (inf2one(a), inf2one(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (inf2one(c), inf2one(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// `a` as the builtin `print` and panic reports write it: `(1.5-2i)`, `(0+1e+21i)`, each
/// part the shortest decimal for its float size.
pub(crate) fn text(a: &Value, f32: bool) -> String {
    let (re, im) = parts(a);
    let part = |f: f64| if f32 { super::panics::print_float32(f) } else { super::panics::print_float(f) };
    let im = part(im);
    let sign = if im.starts_with(['-', '+']) { "" } else { "+" };
    format!("({}{sign}{im}i)", part(re))
}
