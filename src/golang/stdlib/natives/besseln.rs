//! `math.Jn` and `math.Yn` by Go's algorithm (fdlibm's e_jn.c): forward recurrence from
//! J0/J1 (Y0/Y1) where it is stable, a continued fraction and backward recurrence for Jn
//! when n > x, the leading power-series term for tiny x, and the asymptotic form above
//! 2**302, evaluated in Go's order so the results agree with real Go bit for bit.

#![allow(clippy::excessive_precision)] // Go's constants, as Go writes them

use super::bessel::{j0, j1, y0, y1};
use super::expo::nan;
use super::gomath::log;
use super::trig::{cos, sin};
use std::f64::consts::FRAC_2_SQRT_PI;

/// Above this the asymptotic form is used directly.
const TWO_302: f64 = (1u128 << 127) as f64 * (1u128 << 127) as f64 * (1u64 << 48) as f64;

/// The asymptotic value at huge x from the phase term `temp`.
fn huge(x: f64, temp: f64) -> f64 {
    FRAC_2_SQRT_PI * 0.5 * temp / x.sqrt()
}

/// The Bessel function of the first kind of order n.
pub(crate) fn jn(n: i64, x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return 0.0;
    }
    if n == 0 {
        return j0(x);
    }
    if x == 0.0 {
        return 0.0;
    }
    let (n, x) = if n < 0 { (n.wrapping_neg(), -x) } else { (n, x) };
    if n == 1 {
        return j1(x);
    }
    let sign = x < 0.0 && n & 1 == 1;
    let x = x.abs();
    let b = if n as f64 <= x {
        jn_forward(n, x)
    } else if x < 1.0 / 536870912.0 {
        jn_tiny(n, x)
    } else {
        jn_backward(n, x)
    };
    if sign {
        -b
    } else {
        b
    }
}

/// Jn for n <= x: the asymptotic form above 2**302, else forward recurrence.
fn jn_forward(n: i64, x: f64) -> f64 {
    if x >= TWO_302 {
        let (s, c) = (sin(x), cos(x));
        let temp = match n & 3 {
            0 => c + s,
            1 => -c + s,
            2 => -c - s,
            _ => c - s,
        };
        return huge(x, temp);
    }
    let mut b = j1(x);
    let mut a = j0(x);
    let mut i = 1i64;
    while i < n {
        (a, b) = (b, b * ((i.wrapping_add(i)) as f64 / x) - a);
        i += 1;
    }
    b
}

/// Jn for x below 2**-29: (x/2)**n / n! (0 once that underflows).
fn jn_tiny(n: i64, x: f64) -> f64 {
    if n > 33 {
        return 0.0;
    }
    let temp = x * 0.5;
    let (mut a, mut b) = (1.0, temp);
    for i in 2..=n {
        a *= i as f64;
        b *= temp;
    }
    b / a
}

/// Jn for n > x: the ratio Jn/Jn-1 by continued fraction, then backward recurrence down to
/// J0 to scale it.
fn jn_backward(n: i64, x: f64) -> f64 {
    let w = n.wrapping_add(n) as f64 / x;
    let h = 2.0 / x;
    let mut q0 = w;
    let mut z = w + h;
    let mut q1 = w * z - 1.0;
    let mut k = 1i64;
    while q1 < 1e9 {
        k += 1;
        z += h;
        (q0, q1) = (q1, z * q1 - q0);
    }
    let m = n.wrapping_add(n);
    let mut t = 0.0;
    let mut i = n.wrapping_add(k).wrapping_mul(2);
    while i >= m {
        t = 1.0 / (i as f64 / x - t);
        i = i.wrapping_sub(2);
    }
    let mut a = t;
    let mut b = 1.0;
    let nf = n as f64;
    let v = 2.0 / x;
    let tmp = nf * log((v * nf).abs());
    let rescale = tmp >= 7.09782712893383973096e+02;
    let mut i = n - 1;
    while i > 0 {
        let di = i.wrapping_add(i) as f64;
        (a, b) = (b, b * di / x - a);
        if rescale && b > 1e100 {
            a /= b;
            t /= b;
            b = 1.0;
        }
        i -= 1;
    }
    t * j0(x) / b
}

/// The Bessel function of the second kind of order n.
pub(crate) fn yn(n: i64, x: f64) -> f64 {
    if x < 0.0 || x.is_nan() {
        return nan();
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if n == 0 {
        return y0(x);
    }
    if x == 0.0 {
        return if n < 0 && n & 1 == 1 { f64::INFINITY } else { f64::NEG_INFINITY };
    }
    let sign = n < 0 && n & 1 == 1;
    let n = n.wrapping_abs();
    if n == 1 {
        return if sign { -y1(x) } else { y1(x) };
    }
    let b = if x >= TWO_302 {
        let (s, c) = (sin(x), cos(x));
        let temp = match n & 3 {
            0 => s - c,
            1 => -s - c,
            2 => -s + c,
            _ => s + c,
        };
        huge(x, temp)
    } else {
        let mut a = y0(x);
        let mut b = y1(x);
        let mut i = 1i64;
        while i < n && b != f64::NEG_INFINITY {
            (a, b) = (b, (i.wrapping_add(i) as f64 / x) * b - a);
            i += 1;
        }
        b
    };
    if sign {
        -b
    } else {
        b
    }
}
